# Builds the Windows setup program: dist\omnipos\ (one-folder app) and
# dist\omnipos-setup-VERSION.exe (Inno Setup). Run in PowerShell from the checkout:
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
# Needs: Python 3.11+ (python.org, "Add to PATH") and Inno Setup 6 (iscc.exe on PATH or in its
# default folder). The DejaVu Sans fonts (DejaVuSans.ttf, DejaVuSans-Bold.ttf) are bundled for
# receipts and the screen: from Windows' fonts or installer\fonts\ if there, else from the
# matplotlib package installed into the build venv for that.
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
    # Windows has no DejaVu package: take the copy matplotlib ships (both files, same licence)
    # into the build venv only; the app itself does not use matplotlib.
    & $Py -m pip install --quiet "matplotlib>=3.8"
    if ($LASTEXITCODE -ne 0) { throw "pip could not install matplotlib (for its DejaVu fonts)" }
    $FontDir = (& $Py -c "import matplotlib, pathlib; print(pathlib.Path(matplotlib.get_data_path(), 'fonts', 'ttf'))").Trim()
}
if (-not (Test-Path (Join-Path $FontDir "DejaVuSans-Bold.ttf"))) {
    throw "DejaVuSans.ttf and DejaVuSans-Bold.ttf not found in ${FontDir}: install the DejaVu fonts or copy them to installer\fonts"
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
