# Builds the Windows setup program: dist\omnipos\ (one-folder app) and
# dist\omnipos-setup-VERSION.exe (Inno Setup). Run in PowerShell from the checkout:
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
# Needs: Python 3.11+ (python.org, "Add to PATH"), Inno Setup 6 (iscc.exe on PATH or in its
# default folder), and the DejaVu Sans fonts (DejaVuSans.ttf, DejaVuSans-Bold.ttf) installed
# in Windows or copied to installer\fonts\: they are bundled for receipts and the screen.
# Same spec as Linux; written without a Windows machine to try it on.
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

if (-not (Test-Path ".venv\Scripts\python.exe")) { python -m venv .venv }
$Py = Join-Path $Root ".venv\Scripts\python.exe"
& $Py -m pip install --quiet --upgrade pip
& $Py -m pip install --quiet -e ".[test]"

# DejaVu Sans: Windows does not ship it; use an installed copy or installer\fonts\.
$FontDir = $env:OMNIPOS_FONT_DIR
if (-not $FontDir) {
    foreach ($dir in @("$env:WINDIR\Fonts", "$env:LOCALAPPDATA\Microsoft\Windows\Fonts",
                       (Join-Path $PSScriptRoot "fonts"))) {
        if (Test-Path (Join-Path $dir "DejaVuSans.ttf")) { $FontDir = $dir; break }
    }
}
if (-not $FontDir) {
    throw "DejaVuSans.ttf and DejaVuSans-Bold.ttf not found: install the DejaVu fonts or copy them to installer\fonts"
}
$env:OMNIPOS_FONT_DIR = $FontDir

& $Py -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller installer\omnipos.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

$Version = (& $Py -c "import pos; print(pos.__version__)").Trim()
$Iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $Iscc "/DAppVersion=$Version" "/DSourceDir=$Root\dist\omnipos" "/O$Root\dist" installer\omnipos.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "Built dist\omnipos-setup-$Version.exe"
