; Inno Setup 6 script: the Windows installer of NFG Desktop.
;
; Installs the one-folder build (dist\nfg-desktop, made by `python packaging\build.py`) for the
; current user only: no administrator rights, no internet. Build it on Windows with
;     python packaging\build.py --installer
; or by hand:  ISCC.exe /DAppVersion=0.1.0 packaging\nfg-desktop.iss
;
; The program keeps its data file, backups, settings and logs outside the program folder
; (%LOCALAPPDATA%\NFG\NFG Desktop, %APPDATA%\NFG\NFG Desktop and the registry key of QSettings).
; Uninstalling removes exactly the files installed here and never touches those.
; tests/packaging/test_installer.py checks that [Files] covers every file of the build.

; The file is UTF-8 without BOM and uses x64compatible: both need Inno Setup 6.3 or newer.
#if VER < EncodeVer(6,3,0)
  #error Inno Setup 6.3 oder neuer wird gebraucht
#endif
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\nfg-desktop"
#endif
#define AppName "NFG Desktop"
#define AppPublisher "Netzwerk für Generationen"
#define WindowedExe "NFG Desktop.exe"
#define ConsoleExe "nfg-desktop.exe"

[Setup]
; AppId identifies the program for updates and uninstalling: never change it.
AppId={{5B0E2C1A-8F3D-4B6E-9A71-3C2D4E5F6A7B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=GPL-3.0-or-later
VersionInfoVersion={#AppVersion}
; Per-user install: Setup never asks for administrator rights and always runs in non
; administrative install mode, so {autopf} is {userpf} (%LOCALAPPDATA%\Programs), {autoprograms}
; the user's start menu and {autodesktop} the user's desktop. (PrivilegesRequiredOverridesAllowed
; stays unset: the user cannot switch to an all-users install.)
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
; Qt 6 needs 64-bit Windows 10 or newer.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\resources\icons\nfg-desktop.ico
UninstallDisplayIcon={app}\{#WindowedExe}
UninstallDisplayName={#AppName}
OutputDir=..\dist
OutputBaseFilename=nfg-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
; Close a running NFG Desktop before files are replaced or removed (Restart Manager).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Files of an older version that the new build no longer has would otherwise stay behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole build folder: both executables and _internal\ (Python, Qt with its plugins,
; translations, fonts, icons, migrations, demo data).
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#WindowedExe}"; WorkingDir: "{app}"; Comment: "Netzwerk für Generationen pflegen und drucken"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#WindowedExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#WindowedExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] and no [Registry] entries on purpose: the uninstaller removes what [Files]
; and [Icons] installed (and the program folder once it is empty) and nothing else, so the
; user's data file, backups and settings survive an uninstall or a reinstall.
