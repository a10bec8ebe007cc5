# code: InteractiveInterpreter and InteractiveConsole, the building blocks of a read-eval-print
# loop in Python (interact()). Errors are shown through self.write (stderr) unless the program
# installed its own sys.excepthook, which then gets them. CPython counterpart: Lib/code.py
# (behaviour only).
import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ['InteractiveInterpreter', 'InteractiveConsole', 'interact', 'compile_command']


def _remember(exc_type, value, tb):
    # What pdb.pm() and friends look at after an error at the prompt.
    sys.last_type, sys.last_value, sys.last_traceback = exc_type, value, tb


class InteractiveInterpreter:
    """Runs source in a namespace: complete statements run, incomplete ones wait."""

    def __init__(self, locals=None):
        # A fresh namespace looks like a module named __console__.
        self.locals = {'__name__': '__console__', '__doc__': None} if locals is None else locals
        self.compile = CommandCompiler()     # remembers __future__ imports between inputs

    def runsource(self, source, filename="<input>", symbol="single"):
        """Compile and run source; True when more input is needed to complete it."""
        try:
            compiled = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename)
            return False
        if compiled is None:
            return True
        self.runcode(compiled)
        return False

    def runcode(self, code):
        """Run a code object; every exception but SystemExit is shown, not raised."""
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except:
            self.showtraceback()

    def _show(self, exc_type, value, tb, lines):
        if sys.excepthook is not sys.__excepthook__:
            sys.excepthook(exc_type, value, tb)    # the program's own hook wins
        else:
            self.write(''.join(lines))

    def showsyntaxerror(self, filename=None):
        """Show the syntax error being handled, reported against filename if given."""
        exc_type, value, tb = sys.exc_info()
        _remember(exc_type, value, tb)
        if filename and exc_type and issubclass(exc_type, SyntaxError):
            try:
                msg = value.args[0]
                _old_name, lineno, offset, text = value.args[1][:4]
            except (ValueError, TypeError, IndexError):
                pass     # not the usual (msg, location) arguments: show it as it is
            else:
                value = SyntaxError(msg, (filename, lineno, offset, text))
                sys.last_value = value
        self._show(exc_type, value, tb, traceback.format_exception_only(exc_type, value))

    def showtraceback(self):
        """Show the exception being handled, without the frame of this module's exec."""
        info = sys.exc_info()
        exc_type, value, tb = info
        _remember(exc_type, value, tb)
        try:
            lines = traceback.format_exception(exc_type, value, tb.tb_next)
            self._show(exc_type, value, tb, lines)
        finally:
            tb = info = None     # the traceback references this frame

    def write(self, data):
        """Where error output goes; a subclass may send it elsewhere."""
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An interactive console: push() lines, prompts and the banner through interact()."""

    def __init__(self, locals=None, filename="<console>"):
        super().__init__(locals)
        self.filename = filename
        self.resetbuffer()

    def resetbuffer(self):
        """Forget the lines of an unfinished statement."""
        self.buffer = []

    def interact(self, banner=None, exitmsg=None):
        """Read, run and show until end of input (Ctrl-D), with the prompts of sys.ps1/ps2."""
        for name, default in (('ps1', '>>> '), ('ps2', '... ')):
            if not hasattr(sys, name):
                setattr(sys, name, default)
        kind = self.__class__.__name__
        if banner is None:
            notice = 'Type "help", "copyright", "credits" or "license" for more information.'
            self.write('Python %s on %s\n%s\n(%s)\n' % (sys.version, sys.platform, notice, kind))
        elif banner:
            self.write(str(banner) + '\n')
        continuing = False
        while True:
            try:
                try:
                    line = self.raw_input(sys.ps2 if continuing else sys.ps1)
                except EOFError:
                    self.write('\n')
                    break
                continuing = self.push(line)
            except KeyboardInterrupt:
                self.write('\nKeyboardInterrupt\n')
                self.resetbuffer()
                continuing = False
        if exitmsg is None:
            self.write('now exiting %s...\n' % kind)
        elif exitmsg != '':
            self.write('%s\n' % exitmsg)

    def push(self, line):
        """Add a line; run the statement once complete. True while more lines are needed."""
        self.buffer.append(line)
        needs_more = self.runsource('\n'.join(self.buffer), self.filename)
        if not needs_more:
            self.resetbuffer()
        return needs_more

    def raw_input(self, prompt=""):
        """Read a line (without its newline); EOFError at the end. Override to read elsewhere."""
        return input(prompt)


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    """Run an interactive console (InteractiveConsole) until end of input."""
    shell = InteractiveConsole(local)
    if readfunc is not None:
        shell.raw_input = readfunc
    shell.interact(banner, exitmsg)
