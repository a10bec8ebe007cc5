# logging.config.dictConfig: formatters, filters, handlers (ext:// and cfg://), loggers, root,
# disable_existing_loggers, incremental, custom factories and errors; LoggerAdapter.
import logging, logging.config, sys
old = logging.getLogger('old.one')
keep = logging.getLogger('app.child')
class Upper(logging.Filter):
    def filter(self, record):
        record.msg = str(record.msg).upper()
        return True
def make_formatter(fmt, prefix):
    return logging.Formatter(prefix + fmt)
config = {
    'version': 1,
    'formatters': {
        'brief': {'format': '%(levelname)s:%(name)s:%(message)s'},
        'curly': {'format': '{name} says {message}', 'style': '{'},
        'custom': {'()': make_formatter, 'fmt': '%(message)s', 'prefix': '>> '},
    },
    'filters': {
        'only_app': {'name': 'app'},
        'upper': {'()': Upper},
    },
    'handlers': {
        'out': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'brief', 'level': 'INFO'},
        'curly_out': {'class': 'logging.StreamHandler', 'stream': 'cfg://handlers.out.stream', 'formatter': 'curly',
                      'filters': ['only_app']},
        'shout': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'custom',
                  'filters': ['upper'], '.': {'marker': 'set by dot'}},
        'mem': {'class': 'logging.handlers.MemoryHandler', 'capacity': 10, 'target': 'out'},
    },
    'loggers': {
        'app': {'level': 'DEBUG', 'handlers': ['curly_out'], 'propagate': True},
        'loud': {'handlers': ['shout'], 'propagate': False},
    },
    'root': {'level': 'WARNING', 'handlers': ['out', 'mem']},
}
logging.config.dictConfig(config)
logging.getLogger('app').info('app info')
logging.getLogger('app').debug('app debug: curly only (out is INFO)')
keep.warning('child of a configured logger stays enabled')
old.warning('disabled: existing logger not in config')
print(old.disabled, keep.disabled, keep.level, keep.propagate)
logging.getLogger('loud').warning('quiet words')
h = logging._handlers['shout']
print(h.name, h.marker, type(logging._handlers['mem']).__name__, logging._handlers['mem'].target is logging._handlers['out'])
print(sorted(logging._handlers.keys()))
logging.getLogger('other').info('info dropped at root WARNING')
logging.getLogger('other').error('error via root')
logging.config.dictConfig({'version': 1, 'incremental': True, 'handlers': {'out': {'level': 'ERROR'}},
                           'loggers': {'app': {'level': 'ERROR'}}})
logging.getLogger('app').warning('app warning dropped now')
logging.getLogger('other').warning('root warning dropped by handler level')
logging.getLogger('other').critical('critical shown')
for bad in [{}, {'version': 2}, {'version': 1, 'handlers': {'h': {'class': 'no.such.Handler'}}},
            {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'formatter': 'missing'}}},
            {'version': 1, 'loggers': {'x': {'handlers': ['missing']}}},
            {'version': 1, 'formatters': {'f': {'format': '%(bad', 'style': '%'}}},
            {'version': 1, 'loggers': {'x': {'level': 'LOUD'}}},
            {'version': 1, 'incremental': True, 'handlers': {'nope': {}}}]:
    try:
        logging.config.dictConfig(bad)
        print('ok?')
    except ValueError as e:
        print('ValueError:', e, '| cause:', type(e.__cause__).__name__ if e.__cause__ else None)
logging.config.dictConfig({'version': 1, 'disable_existing_loggers': False,
                           'handlers': {'o': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout'}},
                           'root': {'handlers': ['o'], 'level': 'DEBUG'}})
old.disabled = False
old.info('re-enabled, default formatter')
# LoggerAdapter
class Ctx(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['conn'], msg), kwargs
ad = Ctx(logging.getLogger('net'), {'conn': 42})
ad.info('connected %s', 'ok')
ad.debug('debug')
print(repr(ad), ad.name, ad.manager is logging.Logger.manager, ad.isEnabledFor(10), ad.getEffectiveLevel(), ad.hasHandlers())
ad.setLevel(logging.WARNING)
ad.info('now hidden')
ad.warning('warn %d', 1)
plain = logging.LoggerAdapter(logging.getLogger('plain'), {'ip': '1.2.3.4'})
class LastLine(logging.Formatter):
    def formatException(self, ei):
        return super().formatException(ei).splitlines()[-1]
logging.root.handlers[0].setFormatter(LastLine('%(ip)s %(levelname)s %(message)s'))
plain.error('with extra')
try:
    raise OSError('disk')
except OSError:
    plain.exception('failed')
plain.critical('crit')
plain.log(logging.WARNING, 'log %s', 'method')
print(logging.config.valid_ident('abc'))
try: logging.config.valid_ident('1abc')
except ValueError as e: print(e)
