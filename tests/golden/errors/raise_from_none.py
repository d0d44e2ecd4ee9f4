# raise ... from None hides the exception that was being handled.

def get_setting(settings, name):
    try:
        return settings[name]
    except KeyError:
        raise LookupError('no setting called %r' % name) from None


settings = {'mode': 'fast'}
print(get_setting(settings, 'mode'))
print(get_setting(settings, 'speed'))
