#!/usr/bin/env python3
"""Reads the rows of `INSERT INTO `TABLE` VALUES (...);` lines of a MySQL dump, undoing MySQL's string
escapes (\\" \\' \\\\ \\n \\r \\t \\0) and nothing else. rows(path, table) -> list of lists of str|None."""
import re
ESC={'n':'\n','r':'\r','t':'\t','0':'\0','"':'"',"'":"'",'\\':'\\','Z':'\x1a'}
def parse_tuple(s, i):
    vals=[]; assert s[i]=='('; i+=1
    while True:
        while s[i] in ' \n': i+=1
        if s[i]=="'":
            i+=1; buf=[]
            while True:
                c=s[i]
                if c=='\\': buf.append(ESC.get(s[i+1], s[i+1])); i+=2; continue
                if c=="'":
                    if s[i+1]=="'": buf.append("'"); i+=2; continue
                    i+=1; break
                buf.append(c); i+=1
            vals.append(''.join(buf))
        else:
            m=re.match(r'[^,)]*', s[i:]); tok=m.group(0).strip(); i+=len(m.group(0))
            vals.append(None if tok=='NULL' else tok)
        while s[i]==' ': i+=1
        if s[i]==',': i+=1; continue
        if s[i]==')': return vals, i+1
def rows(path, table):
    out=[]
    for line in open(path, encoding='utf-8'):
        pre=f'INSERT INTO `{table}` VALUES '
        if line.startswith(pre):
            i=len(pre)
            while i<len(line) and line[i]=='(':
                v,i=parse_tuple(line,i); out.append(v)
                if i<len(line) and line[i]==',': i+=1
    return out
