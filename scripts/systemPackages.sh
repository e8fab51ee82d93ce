# The Debian/Ubuntu packages the tests use, in one place for `npm run setup` and .ci/run:
# Chromium (end-to-end tests, PDF printing in browser mode and the CLI), LibreOffice (an independent
# reader of the DOCX and XLSX the app writes), poppler (pdftotext/pdfinfo/pdftoppm read the PDFs),
# and CJK fonts (free look-alikes of 仿宋_GB2312, 楷体, 方正小标宋简体, 黑体; test/support/fonts.conf maps them).
SYSTEM_PACKAGES=(
  chromium
  libreoffice-writer-nogui libreoffice-calc-nogui
  poppler-utils
  fonts-noto-cjk fonts-arphic-ukai fonts-arphic-uming fonts-wqy-zenhei fonts-liberation2
)
# Ubuntu ships Chromium as a snap behind the `chromium` package name; chromium-browser is the same there.
