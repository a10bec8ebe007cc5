# logging.config.dictConfig: a MemoryHandler whose target sorts after it (deferred), cfg:// paths
# with indexes and keys, ext:// of a nested attribute, the error messages and their causes,
# converting containers, and the valid_ident check.
import logging, logging.config, logging.handlers, sys

config = {
    'version': 1,
    'custom': {'streams': ['ext://sys.stdout'], 'levels': {'main': 'DEBUG'}, 'fmt': ['%(levelname)s %(message)s']},
    'formatters': {'f': {'format': 'cfg://custom.fmt[0]'}},
    'handlers': {
        'a_mem': {'class': 'logging.handlers.MemoryHandler', 'capacity': 2, 'target': 'z_out',
                  'flushLevel': 40},
        'z_out': {'class': 'logging.StreamHandler', 'stream': 'cfg://custom.streams[0]', 'formatter': 'f'},
    },
    'loggers': {'paths': {'handlers': ['a_mem'], 'level': 'cfg://custom.levels[main]', 'propagate': False}},
}
logging.config.dictConfig(config)
log = logging.getLogger('paths')
mem = log.handlers[0]
print(type(mem).__name__, type(mem.target).__name__, mem.target.name, log.level)
log.debug("one")
print("buffered", len(mem.buffer))
log.debug("two")
log.info("three")
log.error("four")

def attempt(cfg):
    try:
        logging.config.dictConfig(cfg)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None, e.__cause__)

attempt({})
attempt({'version': 2})
attempt({'version': 1, 'handlers': {'h': {'class': 'logging.NoSuchHandler'}}})
attempt({'version': 1, 'handlers': {'h': {'class': 'nosuchmodule.Handler'}}})
attempt({'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'formatter': 'missing'}}})
attempt({'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'level': 'LOUD'}}})
attempt({'version': 1, 'loggers': {'x': {'handlers': ['nohandler']}}})
attempt({'version': 1, 'loggers': {'x': {'filters': ['nofilter']}}})
attempt({'version': 1, 'formatters': {'f': {'format': '%(message)', 'validate': True}}})
attempt({'version': 1, 'formatters': {'f': {'format': '%(message)', 'validate': False}}})
attempt({'version': 1, 'root': {'level': 'NOPE'}})
attempt({'version': 1, 'incremental': True, 'handlers': {'ghost': {'level': 'INFO'}}})
attempt({'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'not valid': 1}}})
attempt({'version': 1, 'x': 'cfg://', 'formatters': {'f': {'format': 'cfg://x'}}})
attempt({'version': 1, 'a': {'b': 1}, 'formatters': {'f': {'format': 'cfg://a.b!'}}})

c = logging.config.BaseConfigurator({'k': [1, {'n': (2, 3)}], 'e': 'ext://os.path.sep'})
print(c.config['e'], c.config['k'][1]['n'][1], type(c.config['k']).__name__, type(c.config['k'][1]).__name__)
print(c.cfg_convert('k[1].n'), c.convert('cfg://k[0]'), c.convert('nope://x'), c.as_tuple([1, 2]))
print(c.config['k'].parent is c.config, c.config['k'].key)
try:
    c.resolve('no_such_module_zz.attr')
except ValueError as e:
    print("ValueError", e)
try:
    logging.config.valid_ident('9x')
except ValueError as e:
    print("ValueError", e)
