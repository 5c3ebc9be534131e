; Inno Setup script for AkutDesk on Windows. Build the PyInstaller folder first:
;   pyinstaller installer\akutdesk.spec
;   iscc installer\akutdesk.iss
; Installs per machine under Program Files; the store lives per user in
; %LOCALAPPDATA%\AkutDesk\AkutDesk (platformdirs) and is never touched by (un)installing.

#define AppVersion "0.1.0"

[Setup]
AppId={{6C1E8B55-7E0B-4E0E-9A55-2F3C3A1D5E21}
AppName=AkutDesk
AppVersion={#AppVersion}
AppPublisher=AkutDesk
DefaultDirName={autopf}\AkutDesk
DefaultGroupName=AkutDesk
OutputDir=..\dist
OutputBaseFilename=AkutDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
WizardStyle=modern

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\AkutDesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\AkutDesk"; Filename: "{app}\AkutDesk.exe"
Name: "{autodesktop}\AkutDesk"; Filename: "{app}\AkutDesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\AkutDesk.exe"; Description: "{cm:LaunchProgram,AkutDesk}"; Flags: nowait postinstall skipifsilent
