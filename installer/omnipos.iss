; Inno Setup script: turns the PyInstaller folder dist\omnipos into omnipos-setup-VERSION.exe.
; Built by installer\build-windows.ps1 (it passes AppVersion and SourceDir).
; Installs per user (no administrator needed) into %LOCALAPPDATA%\Programs\omnipos. The shop's
; data lives apart, in %LOCALAPPDATA%\omnipos (shop.sqlite3, backups\, logs\): installing a newer
; version over an older one replaces only the program, and the new version upgrades the
; database at its first start after copying it to backups\. Uninstall asks whether to keep
; the data (kept unless the owner says otherwise).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\omnipos"
#endif

[Setup]
AppId={{6B0E3F5C-0C55-4D8B-9A8E-0F5E2A9D7C11}
AppName=omnipos
AppVersion={#AppVersion}
AppPublisher=omnipos
DefaultDirName={localappdata}\Programs\omnipos
DefaultGroupName=omnipos
PrivilegesRequired=lowest
OutputBaseFilename=omnipos-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\omnipos.exe
CloseApplications=yes

[Languages]
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an upgrade must not keep modules of the previous version next to the new ones
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\omnipos"; Filename: "{app}\omnipos.exe"
Name: "{group}\{cm:UninstallProgram,omnipos}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\omnipos"; Filename: "{app}\omnipos.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\omnipos.exe"; Description: "{cm:LaunchProgram,omnipos}"; Flags: nowait postinstall skipifsilent

[CustomMessages]
vi.RemoveData=Xoá cả dữ liệu cửa hàng (doanh số, bản sao lưu) trong %1?%n%nChọn Không để giữ lại dữ liệu.
en.RemoveData=Also delete the shop's data (sales, backups) in %1?%n%nChoose No to keep it.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\omnipos');
    if DirExists(DataDir) and not UninstallSilent() then
      if MsgBox(FmtMessage(CustomMessage('RemoveData'), [DataDir]), mbConfirmation,
                MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
