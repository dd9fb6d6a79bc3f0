; Inno Setup 6.3+ script: the Windows installer for Briefing, made from the output of the
; same PyInstaller spec as the Linux build (packaging/briefing.spec).
;
; NOT BUILT OR TESTED on the project's Linux machines (a Windows bundle must be built on
; Windows, and ISCC is a Windows program). On a Windows build machine with Python 3.11+ and
; Inno Setup 6, from the repository root:
;
;   py -3.11 -m venv build\packaging-venv
;   build\packaging-venv\Scripts\pip install "PySide6-Essentials>=6.8,!=6.12.0" "pyqtgraph>=0.13.7" "pandas>=2.1" "numpy>=1.26" pyinstaller==6.22.3
;   build\packaging-venv\Scripts\python packaging\render_icons.py build\icons
;   build\packaging-venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\briefing.spec
;   dist\briefing\briefing.exe --version
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\briefing.iss
;
; (the dependency list is the one in pyproject.toml; a wheelhouse made with
; `packaging/wheelhouse.sh --platform win_amd64 --python-version 3.11 --with-pyinstaller`
; works offline with `pip install --no-index --find-links wheelhouse ...`)
;
; Result: dist\briefing-<version>-windows-x64-setup.exe. It installs dist\briefing\ as is
; (briefing.exe: the command line; briefingw.exe: the same program without a console window),
; a Start menu entry, and the .briefing file type, so that double-clicking a file runs
; `briefingw.exe --db "<file>"`. The user picks "for me only" (no administrator rights,
; %LOCALAPPDATA%\Programs) or "for all users" (Program Files). Uninstall from Settings > Apps;
; briefing files and the default briefing in %APPDATA%\Briefing are kept.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Briefing"
#define SourceDir "..\..\dist\briefing"
#define IconFile "..\..\build\icons\briefing.ico"
#define ProgId "Briefing.File"

[Setup]
; AppId identifies the product for upgrades and uninstall: never change it.
AppId={{5B0F2C1E-7D4A-4E8B-9B61-2F3C8A9D4E71}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Briefing team
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
ChangesEnvironment=yes
OutputDir=..\..\dist
OutputBaseFilename=briefing-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\briefingw.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
MinVersion=10.0

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the briefing command to PATH (for the command line)"; GroupDescription: "Command line:"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no stale libraries from the previous version.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\briefingw.exe"; Comment: "Sourced claims, timelines and projections, offline"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\briefingw.exe"; Tasks: desktopicon

[Registry]
; The .briefing file type. HKA is HKLM for an all-users install and HKCU for a per-user one.
Root: HKA; Subkey: "Software\Classes\.briefing"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.briefing\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Briefing file"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\briefingw.exe,0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\briefingw.exe"" --db ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\briefingw.exe\SupportedTypes"; ValueType: string; ValueName: ".briefing"; ValueData: ""; Flags: uninsdeletekey
; Optional: the install folder on PATH (the user's PATH, or the system's for all users).
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: (not IsAdminInstallMode) and NeedsAddPath(ExpandConstant('{app}'))
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: IsAdminInstallMode and NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\briefingw.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function PathKey(): String;
begin
  if IsAdminInstallMode then
    Result := 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment'
  else
    Result := 'Environment';
end;

function PathRoot(): Integer;
begin
  if IsAdminInstallMode then
    Result := HKEY_LOCAL_MACHINE
  else
    Result := HKEY_CURRENT_USER;
end;

function NeedsAddPath(Dir: String): Boolean;
var
  Paths: String;
begin
  if not RegQueryStringValue(PathRoot(), PathKey(), 'Path', Paths) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Paths, Dir: String;
  P: Integer;
begin
  { Take the install folder off PATH again, if the addtopath task put it there. }
  if CurUninstallStep <> usPostUninstall then
    exit;
  if not RegQueryStringValue(PathRoot(), PathKey(), 'Path', Paths) then
    exit;
  Dir := ExpandConstant('{app}');
  P := Pos(';' + Uppercase(Dir) + ';', Uppercase(Paths) + ';');
  if P > 0 then
  begin
    Delete(Paths, P, Length(Dir) + 1);
    RegWriteExpandStringValue(PathRoot(), PathKey(), 'Path', Paths);
  end;
end;
