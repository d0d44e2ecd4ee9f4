# The order in which try, except, else and finally run.

def attempt(value):
    print('attempt', repr(value))
    try:
        result = 10 / int(value)
    except ValueError as e:
        print('  except ValueError:', e)
        return 'bad value'
    except ZeroDivisionError:
        print('  except ZeroDivisionError')
        return 'zero'
    else:
        print('  else: result', result)
        return result
    finally:
        print('  finally')


print(attempt('4'))
print(attempt('x'))
print(attempt('0'))

# Catching several types in one clause, and re-raising.
def risky(kind):
    try:
        if kind == 1:
            [][0]
        elif kind == 2:
            {}['k']
        else:
            raise RuntimeError('kind %d' % kind)
    except (IndexError, KeyError) as e:
        print('lookup problem:', type(e).__name__, e)
    except Exception as e:
        print('other problem, re-raising:', e)
        raise


for k in [1, 2, 3]:
    try:
        risky(k)
    except RuntimeError as e:
        print('outer caught', repr(e))

# The name bound by "as" is deleted after the except block.
try:
    1 / 0
except ZeroDivisionError as err:
    pass
try:
    print(err)
except NameError as e:
    print('NameError:', e)
