# unittest.loader: TestLoader turns classes, modules, dotted names and folders into suites.
# Whatever cannot be imported or found is not raised at load time: it becomes a _FailedTest
# that raises when run, and the message goes to loader.errors, so one broken module does not
# hide the others. Discovery walks a folder for test*.py files and packages with __init__.py.
# Behaviour as documented for CPython 3.11 (dotted-name rules, discovery's hooks
# _get_module_from_name and _match_path, which CPython's tests and users override).

import functools
import os
import re
import sys
import traceback
import types
from fnmatch import fnmatch, fnmatchcase

from . import case, suite, util

__unittest = True

VALID_MODULE_NAME_SUFFIX = '.py'
# Only files whose names are identifiers can be imported as test modules.
VALID_MODULE_NAME = re.compile(r'(?i)[_a-z]\w*\.py$')


# ---- stand-ins for tests that could not be loaded ----

class _FailedTest(case.TestCase):
    """A test named after what failed to load; running it raises the saved exception."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        # Only reached for names not found normally; the test method is made on demand.
        if name == self._testMethodName:
            def testFailure():
                raise self._exception
            return testFailure
        return super().__getattribute__(name)


def _failed(name, exception, suite_class, report):
    """(a suite holding a _FailedTest, the text for loader.errors)."""
    return suite_class((_FailedTest(name, exception),)), report


def _failed_import(name, suite_class):
    # Called inside the except block: the traceback is the import's.
    report = 'Failed to import test module: %s\n%s' % (name, traceback.format_exc())
    return _failed(name, ImportError(report), suite_class, report)


def _skipped_module(name, reason, suite_class):
    """A suite with one skipped test, for a module that raised SkipTest on import."""
    @case.skip(str(reason))
    def testSkipped(self):
        pass
    skipped_class = type('ModuleSkipped', (case.TestCase,), {name: testSkipped})
    return suite_class((skipped_class(name),))


def _is_test_case_class(obj):
    return isinstance(obj, type) and issubclass(obj, case.TestCase)


def _without_extension(path):
    stem, _suffix = os.path.splitext(path)
    return stem


class TestLoader(object):
    """Builds suites from test case classes, modules, dotted names and folders."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None      # discovery's import root, kept for load_tests calling discover()

    def __init__(self):
        super().__init__()
        self.errors = []                  # texts of the load failures met so far
        self._loading_packages = set()    # packages whose load_tests is running (no re-entry)

    # ---- classes and modules ----

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite with one instance of testCaseClass per test method."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. "
                            "Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        """The tests of every TestCase class in module, passed through its load_tests if any."""
        if args or 'use_load_tests' in kws:
            import warnings
            warnings.warn('use_load_tests is deprecated and ignored', DeprecationWarning)
            kws.pop('use_load_tests', None)
        if len(args) > 1:
            raise TypeError('loadTestsFromModule() takes 1 positional argument but {} were given'
                            .format(len(args) + 1))
        if kws:
            raise TypeError("loadTestsFromModule() got an unexpected keyword argument '{}'"
                            .format(min(kws)))
        found = [self.loadTestsFromTestCase(obj)
                 for obj in (getattr(module, attr) for attr in dir(module))
                 if _is_test_case_class(obj)]
        hook = getattr(module, 'load_tests', None)
        found = self.suiteClass(found)
        if hook is None:
            return found
        try:
            return hook(self, found, pattern)
        except Exception as exc:
            report = 'Failed to call load_tests:\n%s' % (traceback.format_exc(),)
            failed, report = _failed(module.__name__, exc, self.suiteClass, report)
            self.errors.append(report)
            return failed

    def getTestCaseNames(self, testCaseClass):
        """Sorted names of testCaseClass's test methods (prefix, callable, name patterns)."""
        patterns = self.testNamePatterns

        def wanted(attr):
            if not attr.startswith(self.testMethodPrefix):
                return False
            if not callable(getattr(testCaseClass, attr)):
                return False
            if patterns is None:
                return True
            dotted = '.'.join((testCaseClass.__module__, testCaseClass.__qualname__, attr))
            return any(fnmatchcase(dotted, p) for p in patterns)

        names = [attr for attr in dir(testCaseClass) if wanted(attr)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    # ---- dotted names ----

    def loadTestsFromName(self, name, module=None):
        """The tests that a dotted name designates, relative to module if given.

        The name may end at a module, a TestCase class, a test method, a TestSuite, or a
        callable returning a TestCase or TestSuite."""
        parts = name.split('.')
        pending = None     # (suite, text) for the last name that did not import
        if module is None:
            # Import the longest importable prefix. The import happens in this very frame:
            # its traceback is part of the report of a failed import.
            remaining = parts[:]
            while remaining:
                try:
                    module_name = '.'.join(remaining)
                    module = __import__(module_name)
                    break
                except ImportError:
                    pending = _failed_import(remaining.pop(), self.suiteClass)
            else:
                self.errors.append(pending[1])
                return pending[0]
            parts = parts[1:]       # __import__ returned the top-level package
        obj = module
        for part in parts:
            try:
                child = getattr(obj, part)
            except AttributeError as exc:
                # A missing package attribute is most likely the submodule that failed to import.
                if pending is not None and getattr(obj, '__path__', None) is not None:
                    self.errors.append(pending[1])
                    return pending[0]
                report = 'Failed to access attribute:\n%s' % (traceback.format_exc(),)
                failed, report = _failed(part, exc, self.suiteClass, report)
                self.errors.append(report)
                return failed
            parent, obj = obj, child
        return self._tests_from_object(obj, parent if parts else None, parts)

    def _tests_from_object(self, obj, parent, parts):
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if _is_test_case_class(obj):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, types.FunctionType) and _is_test_case_class(parent):
            method = parts[-1]
            instance = parent(method)
            # A staticmethod stays a plain function on the instance: then it is a factory.
            if not isinstance(getattr(instance, method), types.FunctionType):
                return self.suiteClass([instance])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if not callable(obj):
            raise TypeError("don't know how to make test from: %s" % obj)
        made = obj()
        if isinstance(made, suite.TestSuite):
            return made
        if isinstance(made, case.TestCase):
            return self.suiteClass([made])
        raise TypeError("calling %s returned %s, not a test" % (obj, made))

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(n, module) for n in names])

    # ---- discovery ----

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """The tests of the modules matching pattern in start_dir and its packages.

        top_level_dir is the folder imports are relative to (start_dir by default; a
        load_tests calling discover() again reuses the outer one). start_dir may also be a
        dotted module name."""
        implicit_top = top_level_dir is None and self._top_level_dir is None
        if implicit_top:
            top = os.path.abspath(start_dir)
        else:
            top = os.path.abspath(top_level_dir if top_level_dir is not None
                                  else self._top_level_dir)
        if top not in sys.path:
            sys.path.insert(0, top)    # test modules import relative to the top
        self._top_level_dir = top

        importable = True
        as_folder = os.path.abspath(start_dir)
        if os.path.isdir(as_folder):
            start_dir = as_folder
            if as_folder != top:
                importable = os.path.isfile(os.path.join(as_folder, '__init__.py'))
        else:
            try:
                __import__(start_dir)
            except ImportError:
                importable = False
            else:
                start_dir = self._folder_of_dotted(start_dir, implicit_top, top)
        if not importable:
            raise ImportError('Start directory is not importable: %r' % start_dir)
        return self.suiteClass(list(self._find_tests(start_dir, pattern)))

    def _folder_of_dotted(self, dotted, implicit_top, inserted_top):
        """The folder of the imported module dotted; re-roots discovery at its top package."""
        module = sys.modules[dotted]
        try:
            where = os.path.abspath(os.path.dirname(module.__file__))
        except AttributeError:
            if module.__name__ in sys.builtin_module_names:
                raise TypeError('Can not use builtin modules '
                                'as dotted module names') from None
            raise TypeError(f"don't know how to discover from {module!r}") from None
        if implicit_top:
            self._top_level_dir = self._get_directory_containing_module(dotted.split('.')[0])
            sys.path.remove(inserted_top)
        return where

    def _get_directory_containing_module(self, module_name):
        path = os.path.abspath(sys.modules[module_name].__file__)
        # A package's file is its __init__.py: the package folder's parent holds it.
        if os.path.basename(path).lower().startswith('__init__.py'):
            return os.path.dirname(os.path.dirname(path))
        return os.path.dirname(path)

    def _get_name_from_path(self, path):
        top = self._top_level_dir
        if path == top:
            return '.'
        relative = os.path.relpath(_without_extension(os.path.normpath(path)), top)
        assert not os.path.isabs(relative), "Path must be within the project"
        assert not relative.startswith('..'), "Path must be within the project"
        return relative.replace(os.path.sep, '.')

    def _get_module_from_name(self, name):
        __import__(name)
        return sys.modules[name]

    def _match_path(self, path, full_path, pattern):
        # The hook for other matching rules; path is the file's base name.
        return fnmatch(path, pattern)

    def _find_tests(self, start_dir, pattern):
        """Yield the suites found in start_dir (the package itself first), depth first."""
        own_name = self._get_name_from_path(start_dir)
        # '.' is the top folder, never a package; a package in _loading_packages is being
        # loaded by its own load_tests, which asked for this walk.
        if own_name != '.' and own_name not in self._loading_packages:
            tests, descend = self._find_test_path(start_dir, pattern)
            if tests is not None:
                yield tests
            if not descend:
                return
        for entry in sorted(os.listdir(start_dir)):
            path = os.path.join(start_dir, entry)
            tests, descend = self._find_test_path(path, pattern)
            if tests is not None:
                yield tests
            if descend:
                package = self._get_name_from_path(path)
                self._loading_packages.add(package)
                try:
                    yield from self._find_tests(path, pattern)
                finally:
                    self._loading_packages.discard(package)

    def _import_for_discovery(self, name):
        """(module, None) or (None, the suite to report instead)."""
        try:
            return self._get_module_from_name(name), None
        except case.SkipTest as exc:
            return None, _skipped_module(name, exc, self.suiteClass)
        except:
            failed, report = _failed_import(name, self.suiteClass)
            self.errors.append(report)
            return None, failed

    def _find_test_path(self, full_path, pattern):
        """(suite or None, whether to walk into full_path) for one folder entry."""
        base = os.path.basename(full_path)
        if os.path.isfile(full_path):
            if not VALID_MODULE_NAME.match(base) or not self._match_path(base, full_path, pattern):
                return None, False
            module, instead = self._import_for_discovery(self._get_name_from_path(full_path))
            if module is None:
                return instead, False
            _check_imported_from(module, full_path)
            loaded = self.loadTestsFromModule(module, pattern=pattern)
            return loaded, False
        if not os.path.isdir(full_path):
            return None, False
        if not os.path.isfile(os.path.join(full_path, '__init__.py')):
            return None, False
        dotted = self._get_name_from_path(full_path)
        package, instead = self._import_for_discovery(dotted)
        if package is None:
            return instead, False
        hook = getattr(package, 'load_tests', None)
        busy = self._loading_packages
        busy.add(dotted)
        try:
            # With a load_tests the package decides about its contents itself.
            return self.loadTestsFromModule(package, pattern=pattern), hook is None
        finally:
            busy.discard(dotted)


def _check_imported_from(module, full_path):
    """Raise ImportError when the module imported is another file than the one found."""
    loaded = _without_extension(os.path.realpath(
        os.path.abspath(getattr(module, '__file__', full_path))))
    found = _without_extension(os.path.realpath(full_path))
    if loaded.lower() == found.lower():
        return
    template = ("%r module incorrectly imported from %r. Expected "
                "%r. Is this module globally installed?")
    raise ImportError(template % (_without_extension(os.path.basename(full_path)),
                                  os.path.dirname(loaded), os.path.dirname(full_path)))


defaultTestLoader = TestLoader()
