#!/usr/bin/env python3
"""Writes meta.properties: meta.py FOLDER key=value ... (a leading '#' argument is a comment line)."""
import sys
d=sys.argv[1]; lines=[]
for a in sys.argv[2:]:
    lines.append(a if a.startswith('#') else a)
open(f'{d}/meta.properties','w').write('\n'.join(lines)+'\n')
