# A misspelled builtin: the "Did you mean" suggestion comes from the builtins.
# Only the uncaught traceback shows the suggestion; str(e) never includes it.
values = [3, 1, 2]
print('sorting', values)
try:
    lenght(values)
except NameError as e:
    print('caught:', e)

print(sortd(values))
