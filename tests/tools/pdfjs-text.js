// pdfjs-text.js — print a PDF's text as pdf.js reads it.
//
// Copyright 2026 The Vitae authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
//   node pdfjs-text.js PDFJS FILE.pdf
//
// PDFJS is pdf.js's build/pdf.js (Debian's libjs-pdf installs it in
// /usr/share/javascript/pdf/build/pdf.js).  The text items of every page
// are printed in the order of the content stream, which is the order a
// browser's PDF viewer selects, copies and searches them in; a line ends
// where pdf.js says one ends.

const fs = require('fs');

async function main () {
  const pdfjs = require(process.argv[2]);
  const data = new Uint8Array(fs.readFileSync(process.argv[3]));
  const doc = await pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true }).promise;
  let out = '';

  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();

    for (const item of content.items) {
      out += item.str;
      if (item.hasEOL)
        out += '\n';
    }
    out += '\n';
  }
  process.stdout.write(out);
}

main().catch((error) => {
  process.stderr.write(`pdfjs-text: ${process.argv[3]}: ${error}\n`);
  process.exit(1);
});
