#!/usr/bin/env python3
"""Prints the text blocks of a saved page, one a line, to read while keying it.
Usage: blocks.py FILE [--rows]   (--rows: print each <tr>'s cells separated by TAB)
Whitespace runs become one space; entities are decoded; scripts and styles are skipped."""
import sys, re, html.parser

BLOCK = {'p','div','h1','h2','h3','h4','h5','h6','li','tr','td','th','br','title','blockquote','section','article','pre','dt','dd','table','ul','ol','header','footer','nav'}
class P(html.parser.HTMLParser):
    def __init__(self, rows):
        super().__init__(convert_charrefs=True); self.rows=rows; self.out=[]; self.cur=[]; self.skip=0; self.cells=None; self.cell=None
    def flush(self):
        t=re.sub(r"[ \t\n\r\f]+",' ',''.join(self.cur)).strip(); self.cur=[]
        if t and not self.rows: self.out.append(t)
    def handle_starttag(self,tag,a):
        if tag in ('script','style'): self.skip+=1; return
        if self.rows and tag=='tr': self.cells=[]
        if self.rows and tag in ('td','th'): self.cell=[]
        if tag in BLOCK: self.flush()
    def handle_endtag(self,tag):
        if tag in ('script','style'): self.skip-=1; return
        if self.rows and tag in ('td','th') and self.cell is not None and self.cells is not None:
            self.cells.append(re.sub(r"[ \t\n\r\f]+",' ',''.join(self.cell)).strip()); self.cell=None
        if self.rows and tag=='tr' and self.cells is not None:
            self.out.append('\t'.join(self.cells)); self.cells=None
        if tag in BLOCK: self.flush()
    def handle_data(self,d):
        if self.skip: return
        if self.rows:
            if self.cell is not None: self.cell.append(d)
        else: self.cur.append(d)
rows='--rows' in sys.argv
p=P(rows); p.feed(open(sys.argv[1],encoding=sys.argv[3] if len(sys.argv)>3 else 'utf-8',errors='replace').read()); p.flush()
print('\n'.join(p.out))
