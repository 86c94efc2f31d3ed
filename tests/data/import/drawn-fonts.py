#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes drawn-fonts.pdf (test-import-drawn-fonts.c): a page set in Type 3
# fonts without names, their glyphs named /g1 /g2 ... in the order they
# were first used and read through a ToUnicode map, as Chrome's print to
# PDF writes them; each glyph a bar as wide as Helvetica's letter.
# poppler guesses such a font's size from its first glyph's advance.
# Usage: python3 drawn-fonts.py drawn-fonts.pdf
import sys
W = dict(a=556,b=556,c=500,d=556,e=556,f=278,g=556,h=556,i=222,j=222,k=500,l=222,m=833,n=556,o=556,p=556,q=556,r=333,s=500,t=278,u=556,v=500,w=722,x=500,y=500,z=500,
         A=667,B=667,C=722,D=722,E=667,F=611,G=778,H=722,I=278,J=500,K=667,L=556,M=833,N=722,O=778,P=667,Q=778,R=722,S=667,T=611,U=722,V=667,W=944,X=667,Y=667,Z=611)
W.update({' ':278, ',':278, '.':278, '-':333})
for d in '0123456789': W[d] = 556

class Font:
    def __init__(self, first):
        self.chars = list(first)
        self.matrix, self.height = '0.001 0 0 0.001 0 0', 700
    def code(self, c):
        if c not in self.chars: self.chars.append(c)
        return self.chars.index(c) + 1
    def hex(self, s):
        return '<' + ''.join('%02X' % self.code(c) for c in s) + '>'

A = Font('W')   # its first glyph wide, its matrix taller than wide: guessed three times its size
A.matrix, A.height = '0.001 0 0 0.0016 0 0', 440
B = Font('i')   # its first glyph narrow: guessed less than half its size
C = Font('F')   # its first glyph a capital's: guessed about right
ops = []
def show(font, name, size, x, y, s):
    ops.append('BT /%s %g Tf %g %g Td %s Tj ET' % (name, size, x, 300 - y, font.hex(s)))

# A sidebar beside a main column, its lines half a pitch down from them.
for k, s in enumerate(['Wrote the booking site in Go', 'Ran the weekly release train', 'Led the on-call rota']):
    show(A, 'FA', 10, 150, 94 + 12 * k, s)
for k, s in enumerate(['Welsh', 'Spanish']):
    show(A, 'FA', 10, 20, 100 + 12 * k, s)
# A word whose capital is drawn from the other font.
ops.append('BT /FC 10 Tf 150 %g Td %s Tj /FB 10 Tf %s Tj ET' % (300 - 160, C.hex('F'), B.hex('irst-aid trainer')))

objs = {}
objs[1] = '<< /Type /Catalog /Pages 2 0 R >>'
objs[2] = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>'
objs[3] = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 300] /Contents 4 0 R /Resources << /Font << /FA 5 0 R /FB 6 0 R /FC 7 0 R >> >> >>'
content = '\n'.join(ops) + '\n'
objs[4] = '<< /Length %d >>\nstream\n%sendstream' % (len(content), content)
n = 8
def font_objs(font, fid):
    global n
    procs = []
    for c in font.chars:
        w = W[c]
        body = '%d 0 d0\n' % w if c == ' ' else '%d 0 d0\n%d 0 %d %d re f\n' % (w, 40, w - 80, font.height)
        objs[n] = '<< /Length %d >>\nstream\n%sendstream' % (len(body), body)
        procs.append(n); n += 1
    cmap = ('/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n'
            '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n'
            '/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n'
            '1 begincodespacerange\n<00> <FF>\nendcodespacerange\n%d beginbfchar\n' % len(font.chars) +
            ''.join('<%02X> <%04X>\n' % (k + 1, ord(c)) for k, c in enumerate(font.chars)) +
            'endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n')
    objs[n] = '<< /Length %d >>\nstream\n%sendstream' % (len(cmap), cmap); tu = n; n += 1
    names = ' '.join('/g%d' % (k + 1) for k in range(len(font.chars)))
    charprocs = ' '.join('/g%d %d 0 R' % (k + 1, p) for k, p in enumerate(procs))
    widths = ' '.join(str(W[c]) for c in font.chars)
    objs[fid] = ('<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 %d] /FontMatrix [%s]\n'
                 '   /Encoding << /Type /Encoding /Differences [1 %s] >>\n   /CharProcs << %s >>\n'
                 '   /FirstChar 1 /LastChar %d /Widths [%s]\n   /Resources << >> /ToUnicode %d 0 R >>'
                 % (font.height, font.matrix, names, charprocs, len(font.chars), widths, tu))
font_objs(A, 5)
font_objs(B, 6)
font_objs(C, 7)

out = '%PDF-1.4\n'
offsets = {}
for k in sorted(objs):
    offsets[k] = len(out.encode())
    out += '%d 0 obj\n%s\nendobj\n' % (k, objs[k])
xref = len(out.encode())
out += 'xref\n0 %d\n0000000000 65535 f \n' % (max(objs) + 1)
for k in range(1, max(objs) + 1):
    out += '%010d 00000 n \n' % offsets[k]
out += 'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (max(objs) + 1, xref)
open(sys.argv[1], 'w').write(out)
