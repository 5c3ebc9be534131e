"""setuptools finds AkutDesk's packages; the top-level ``resources/`` folder ships inside the
package as ``app.resources`` (mapped in pyproject.toml's ``package-dir``). Everything else
is configured in pyproject.toml."""

from setuptools import find_packages, setup

PACKAGES = [*find_packages(include=["app", "app.*"]), "app.resources"]

if __name__ == "__main__":
    setup(packages=PACKAGES)
