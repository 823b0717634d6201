#!/usr/bin/env python3
"""Writes an FT中文网 story record (JSON, escapes undone by the JSON parser) as two pages: zh.html = the
Chinese headline as <title> and the Chinese body as <body>; en.html = the English headline and body.
Usage: ft_pages.py RECORD.json FOLDER [zh_headline_key zh_body_key en_headline_key en_body_key]"""
import sys, json
rec=json.load(open(sys.argv[1])); d=sys.argv[2]
keys=sys.argv[3:7] or ['headline','body','eheadline','ebody']
def page(t,b): return f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>{t}</title>\n</head>\n<body>\n{b}\n</body>\n</html>\n'
open(f'{d}/zh.html','w').write(page(rec[keys[0]],rec[keys[1]]))
open(f'{d}/en.html','w').write(page(rec[keys[2]],rec[keys[3]]))
