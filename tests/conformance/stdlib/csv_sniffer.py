# csv.Sniffer as CPython 3.11's: quote character and delimiter from quoted fields, doubled
# quotes only inside whole quoted fields, the delimiter
# from consistent per-line counts otherwise, and has_header.
import csv

samples = [
    'a,b,c\n1,2,3\n4,5,6\n',
    "'Harry''s':'Arlington Heights':'IL':'2/1/03':'Kimi Hayes'\n'Shark City':'Glendale Heights':'IL':'12/28/02':'Prezence'\n",
    '"venue","city","state"\n"Harry\'s","Arlington","IL"\n',
    '",","",","\n' * 4,
    "a;'123;4';b\n",
    'name age\nbob 12\nann 33\n',
    'a|b|c\n1|2|3\n',
    '1/2/3\n4/5/6\n',
    '"a"\n"b"\n',
    'abc\ndef\n',
    'one, two, three\n1, 2, 3\n',
]
for s in samples:
    try:
        d = csv.Sniffer().sniff(s)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, d.lineterminator == '\r\n')
    except csv.Error as e:
        print('Error', e)
print(repr(csv.Sniffer().sniff('a:b;c\n1:2;3\n', delimiters=';').delimiter))
for s in samples[:3] + samples[7:10]:
    print(csv.Sniffer().has_header(s))
