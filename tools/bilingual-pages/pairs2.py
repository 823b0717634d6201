#!/usr/bin/env python3
"""Gold lines for a Chinese page and its English page: pairs2.py ZH EN SPEC..., where SPEC is I+J
(Chinese block I with English block J; I or J may be several blocks joined as one side: 3,4), I+ (Chinese
alone) or +J (English alone), blocks numbered from 1 as blocks.py prints them."""
import sys, subprocess, os
tool=os.path.join(os.path.dirname(__file__),'blocks.py')
zh=subprocess.run([sys.executable,tool,sys.argv[1]],capture_output=True,text=True,check=True).stdout.split('\n')
en=subprocess.run([sys.executable,tool,sys.argv[2]],capture_output=True,text=True,check=True).stdout.split('\n')
def side(bl,s): return ' '.join(bl[int(n)-1] for n in s.split(',')) if s else ''
for a in sys.argv[3:]:
    i,j=a.split('+'); print(f'{side(zh,i)}\t{side(en,j)}')
