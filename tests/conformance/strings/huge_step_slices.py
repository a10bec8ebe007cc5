# Extended slices whose step is near sys.maxsize: one item is selected, and stepping past it must
# not overflow (the sanitizer build checks). Formatting with empty pieces (f'{""}', format('', '>3')).
import array, sys

big = sys.maxsize
for seq in (b'abcdef', bytearray(b'abcdef'), 'abcdef', 'ab\u20acdef', [1, 2, 3, 4], (1, 2, 3, 4),
            array.array('i', [1, 2, 3, 4]), range(10)):
    print(type(seq).__name__, seq[::big], seq[::-big], seq[1::big], seq[-1::-big], seq[big::-big])
print(f'{""}|{"":>3}|{"":^4}|{"x":<0}|{"":*^5}|', format('', '>3'), '%s%s' % ('', ''))
print(f'{0:}{"":}{-0.0:}', format(12345, ''), format(1.5, ''), str(-0), repr(''))
