; Inno Setup 6 script: the Windows installer of Chi bộ.
;
; Build the one-folder bundle first (dist\chibo, see packaging\README.md), then from the
; repository root, with the version from pyproject.toml:
;
;     iscc /DAppVersion=0.1.0 packaging\chibo.iss
;
; Output: dist\chibo-<version>-setup.exe
;
; THE USER'S DATA IS NEVER DELETED. The data file, its automatic backups and the error
; log live in the per-user data folder (platformdirs: %LOCALAPPDATA%\ChiBo), the
; interface settings in the registry under HKCU\Software\ChiBo. This script installs
; nothing there and names neither in [UninstallDelete] or [Code]; Inno's uninstaller
; removes only the files it installed into {app}. Uninstalling, upgrading or reinstalling
; leaves every data file as it was. Keep it that way.
;
; Languages: English (Inno's Default.isl) and Vietnamese. Inno Setup ships no Vietnamese
; messages; its unofficial translation Vietnamese.isl (from the "Inno Setup
; Translations" page of the Inno Setup site) is used when it is found in
; packaging\windows\ - see packaging\README.md. Without it the installer is English only.
;
; This file is UTF-8 with a byte-order mark: ISCC reads it as UTF-8 only with the BOM.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z packaging\chibo.iss
#endif

#define AppName "Chi bộ"
#define AppExe "chibo-app.exe"
#define DistDir AddBackslash(SourcePath) + "..\dist\chibo"
#define VietnameseIsl AddBackslash(SourcePath) + "windows\Vietnamese.isl"

#if !FileExists(DistDir + "\" + AppExe)
  #error No build in dist\chibo: run PyInstaller on packaging\chibo.spec first
#endif

[Setup]
; AppId identifies the installed app for upgrades and uninstall: never change it.
AppId={{DF9DB835-0868-49C1-BD51-F6F6CD8512DF}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Chi bộ
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; An ASCII folder name: some old tools and scripts trip over "ộ" in a path.
DefaultDirName={autopf}\Chi bo
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install by default (no administrator needed); "for all users" is offered.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile=..\LICENSE
OutputDir=..\dist
OutputBaseFilename=chibo-{#AppVersion}-setup
SetupIconFile=..\build\icons\chibo.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
; Close a running Chi bộ before replacing its files (it saves on close).
CloseApplications=yes
RestartApplications=no

[Languages]
#if FileExists(VietnameseIsl)
Name: "vi"; MessagesFile: "{#VietnameseIsl}"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
en.AssocTask=Offer Chi bộ in “Open with” for data files and backups (.sqlite)
en.AssocGroup=File types:
en.DataFileType=Chi bộ data file
#if FileExists(VietnameseIsl)
vi.AssocTask=Thêm Chi bộ vào “Mở bằng” cho tệp dữ liệu và bản sao lưu (.sqlite)
vi.AssocGroup=Loại tệp:
vi.DataFileType=Tệp dữ liệu Chi bộ
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "assoc"; Description: "{cm:AssocTask}"; GroupDescription: "{cm:AssocGroup}"

[Files]
; The whole PyInstaller folder: chibo-app.exe (the app), chibo.exe (the command line),
; _internal\ (Python, Qt, forms, fonts, icons, translations), LICENSE.txt.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle's internals whole, so no file of an older version stays.
; Only inside {app}\_internal: never the data folder.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Data files and backups are SQLite files (.sqlite); other programs use that extension
; too, so Chi bộ joins the “Open with” list of .sqlite and does not take over the
; default. When no other program claims .sqlite, a double-click opens Chi bộ (after
; Windows asks once). The app opens the file given as its argument as the data file;
; restoring a backup over the current data stays in the app's Backups menu.
Root: HKA; Subkey: "Software\Classes\ChiBo.DataFile"; ValueType: string; ValueName: ""; ValueData: "{cm:DataFileType}"; Flags: uninsdeletekey; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\ChiBo.DataFile\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\ChiBo.DataFile\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\.sqlite\OpenWithProgids"; ValueType: string; ValueName: "ChiBo.DataFile"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".sqlite"; ValueData: ""; Tasks: assoc

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
