# A name with nothing similar in scope gets no suggestion.

def compute():
    return completely_unknown_identifier * 2


try:
    compute()
except NameError as e:
    # Caught and printed with str(): the "Did you mean" part is never in the message.
    print('caught:', e)
    print('args:', e.args)

valeu = 5
try:
    print(value)
except NameError as e:
    print('caught:', e)

compute()
