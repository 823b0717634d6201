#!/usr/bin/env python3
"""Writes gold lines from the blocks of a page (blocks.py's numbering, from 1) and a pairing spec read
by the keyer: each argument is N (one-sided unit: block N alone, on its language's side) or N+M (block N
and block M are a pair; whichever has Han characters is the Chinese side) or N,M+K (blocks N and M are
one side's paragraphs... kept as two units is wrong, so this joins them with a space).
Usage: pairs.py FILE [--enc ENC] SPEC...   prints 'Chinese TAB English' lines."""
import sys, re, subprocess, os
args=sys.argv[1:]; enc='utf-8'
if '--enc' in args: i=args.index('--enc'); enc=args[i+1]; del args[i:i+2]
f=args[0]
blocks=subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__),'blocks.py'), f, '', enc], capture_output=True, text=True, check=True).stdout.split('\n')
han=lambda s: len(re.findall(r'[\u3400-\u9fff]', s))
lat=lambda s: len(re.findall(r'[A-Za-z]', s))
def side(spec): return ' '.join(blocks[int(n)-1] for n in spec.split(','))
for a in args[1:]:
    parts=a.split('+')
    if len(parts)==1:
        t=side(parts[0]); print(f'{t}\t' if han(t)>=lat(t)/4 else f'\t{t}')
    else:
        x,y=side(parts[0]),side(parts[1])
        zh,en=(x,y) if han(x)>han(y) else (y,x)
        print(f'{zh}\t{en}')
