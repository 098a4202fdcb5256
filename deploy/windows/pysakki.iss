; Pysäkki for one Windows user: the one-folder bundle (dist\pysakki-VERSION, made by scripts/bundle or the Windows
; workflow) installed into %LOCALAPPDATA%\Programs\Pysakki ({userpf} for a per-user install), without
; administrator rights.
;
;   iscc /DAppVersion=0.1.0 deploy\windows\pysakki.iss          ->  dist\pysakki-0.1.0-setup.exe
;   iscc /DAppVersion=0.1.0 /DSign "/Spysakki=signtool sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /a $f" deploy\windows\pysakki.iss
;
; The second form signs the installer and its uninstaller too (docs/windows.md: signing). Installing a new version
; over an old one replaces it in the same folder: the Start-menu shortcut keeps starting the newest program, and what
; the old version had in _internal\ is removed first. A running Pysäkki is asked to close before its files are
; replaced. The uninstaller removes only the program: the data (pysakki.db, backups\, keys\) is in
; %LOCALAPPDATA%\pysakki and the log in %LOCALAPPDATA%\pysakki\Logs, outside the program's folder, and stays.
; This file is UTF-8 with a byte order mark, which Inno Setup needs to read "ä" as UTF-8.

#ifndef AppVersion
  #error Give the version of the bundle to package: iscc /DAppVersion=X.Y.Z deploy\windows\pysakki.iss
#endif
#define Bundle "..\..\dist\pysakki-" + AppVersion

[Setup]
; The one identity of the program for Windows: never change it, or a new version installs beside the old one.
AppId={{3F6B2E0C-7A1D-4C55-9E2B-58D0A4C1F7B3}
AppName=Pysäkki
AppVersion={#AppVersion}
AppVerName=Pysäkki {#AppVersion}
AppPublisher=Pysäkki
PrivilegesRequired=lowest
DefaultDirName={userpf}\Pysakki
DisableDirPage=yes
UsePreviousAppDir=yes
DefaultGroupName=Pysäkki
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
CloseApplications=yes
RestartApplications=no
SetupIconFile=..\..\resources\icons\pysakki.ico
UninstallDisplayIcon={app}\pysakki.exe
UninstallDisplayName=Pysäkki
OutputDir=..\..\dist
OutputBaseFilename=pysakki-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
#ifdef Sign
SignTool=pysakki
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\Finnish.isl")
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
#endif
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The old version's libraries first: PyInstaller's _internal\ differs from one version to the next.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\Pysäkki"; Filename: "{app}\pysakki.exe"; WorkingDir: "{app}"
Name: "{userdesktop}\Pysäkki"; Filename: "{app}\pysakki.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\pysakki.exe"; Description: "{cm:LaunchProgram,Pysäkki}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes what it installed and nothing else, so the data folder stays.
