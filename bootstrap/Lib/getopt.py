"""Command-line option parsing in the style of C's getopt(), with GNU's variant that lets options
follow operands."""

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]

import os


class GetoptError(Exception):
    # msg and opt are kept as attributes; str() is the message alone.
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """Parse options up to the first operand (or '--'); return (options, remaining args)."""
    opts = []
    if isinstance(longopts, str):
        longopts = [longopts]
    else:
        longopts = list(longopts)
    index = 0
    while index < len(args) and args[index].startswith('-') and args[index] != '-':
        arg = args[index]
        index += 1
        if arg == '--':
            break
        if arg.startswith('--'):
            index = _take_long(opts, arg[2:], longopts, args, index)
        else:
            index = _take_short(opts, arg[1:], shortopts, args, index)
    return opts, args[index:]


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options and operands may be mixed, unless shortopts starts with '+' or
    POSIXLY_CORRECT is set (then the first operand ends the options)."""
    opts = []
    operands = []
    if isinstance(longopts, str):
        longopts = [longopts]
    else:
        longopts = list(longopts)
    stop_at_operand = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        stop_at_operand = True
    elif os.environ.get("POSIXLY_CORRECT"):
        stop_at_operand = True
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == '--':
            operands.extend(args[index + 1:])
            break
        index += 1
        if arg.startswith('--'):
            index = _take_long(opts, arg[2:], longopts, args, index)
        elif arg.startswith('-') and arg != '-':
            index = _take_short(opts, arg[1:], shortopts, args, index)
        elif stop_at_operand:
            operands.append(arg)
            operands.extend(args[index:])
            break
        else:
            operands.append(arg)
    return opts, operands


def _take_long(opts, text, longopts, args, index):
    # text is what follows '--': a name, maybe '=value'. Returns the index of the next argument.
    value = None
    if '=' in text:
        name, value = text.split('=', 1)
    else:
        name = text
    wants_value, name = _match_long(name, longopts)
    if wants_value:
        if value is None:
            if index >= len(args):
                raise GetoptError('option --%s requires argument' % name, name)
            value = args[index]
            index += 1
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, value or ''))
    return index


def _match_long(name, longopts):
    # An exact name wins; otherwise a unique prefix of one long option.
    candidates = [o for o in longopts if o.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in candidates:
        return False, name
    if name + '=' in candidates:
        return True, name
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    only = candidates[0]
    if only.endswith('='):
        return True, only[:-1]
    return False, only


def _take_short(opts, letters, shortopts, args, index):
    # letters is what follows '-': flags, the last (or any) of which may take the rest as value.
    while letters:
        letter = letters[0]
        letters = letters[1:]
        if _short_wants_value(letter, shortopts):
            if letters == '':
                if index >= len(args):
                    raise GetoptError('option -%s requires argument' % letter, letter)
                letters = args[index]
                index += 1
            opts.append(('-' + letter, letters))
            letters = ''
        else:
            opts.append(('-' + letter, ''))
    return index


def _short_wants_value(letter, shortopts):
    for i in range(len(shortopts)):
        if letter == shortopts[i] != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % letter, letter)
