; Inno Setup 6 script for AkutDesk on Windows (build steps: docs/packaging.md). Build the
; PyInstaller folder dist\AkutDesk first, then from the repository root:
;   iscc installer\akutdesk.iss                      (version below)
;   iscc /DAppVersion=0.2.0 installer\akutdesk.iss   (another version)
; Installs the program per machine under Program Files (or, chosen in the first dialog, for
; the current user only, without administrator rights). The data (the store, backups,
; settings, logs and keys) lives in the user's profile, %LOCALAPPDATA%\AkutDesk\AkutDesk
; (platformdirs; app/paths.py), is created by AkutDesk at first start and is never touched
; by installing, upgrading or uninstalling.

#ifndef AppVersion
  ; keep in step with app/__init__.py (tests/unit/test_packaging.py checks)
  #define AppVersion "0.1.0"
#endif

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
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern
UninstallDisplayIcon={app}\AkutDesk.exe
UninstallDisplayName=AkutDesk {#AppVersion}
; no [UninstallDelete] on purpose: the user's data in %LOCALAPPDATA% stays

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\AkutDesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
; the Start-menu shortcut (Start > AkutDesk), for every user or the current one as installed
Name: "{group}\AkutDesk"; Filename: "{app}\AkutDesk.exe"; WorkingDir: "{app}"; Comment: "IV courses, acute episodes, nursing homes and invoices"
Name: "{group}\{cm:UninstallProgram,AkutDesk}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\AkutDesk"; Filename: "{app}\AkutDesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\AkutDesk.exe"; Description: "{cm:LaunchProgram,AkutDesk}"; Flags: nowait postinstall skipifsilent
