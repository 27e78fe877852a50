; Inno Setup script: a Windows installer for the bundle in dist\ducha (built first with
; PyInstaller, see docs/install.md). Compile from the repository's folder:
;   iscc /DAppVersion=0.1.0 packaging\ducha.iss
; It writes dist\ducha-setup-<version>.exe. The installer copies the program only: each
; user's database, logs and backups stay in %LOCALAPPDATA%\Ducha and survive an
; uninstall or an upgrade.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; A fixed AppId lets a newer installer upgrade the one installed; never change it.
AppId={{5C7E2A0B-6D1F-4B8E-9A52-D0C4A7E1B3F9}
AppName=Ducha
AppVerName=Ducha {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=Ducha
DefaultDirName={autopf}\Ducha
DefaultGroupName=Ducha
DisableProgramGroupPage=yes
; Administrators install for every user of the desktop; others for themselves.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=ducha-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\ducha-gui.exe

[Languages]
; Chinese when the translation is installed beside Inno Setup (see docs/install.md).
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\ducha\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Ducha"; Filename: "{app}\ducha-gui.exe"
Name: "{autodesktop}\Ducha"; Filename: "{app}\ducha-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ducha-gui.exe"; Description: "{cm:LaunchProgram,Ducha}"; Flags: nowait postinstall skipifsilent
