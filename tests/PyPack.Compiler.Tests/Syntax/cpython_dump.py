"""Prints CPython's view of each file named on stdin (one path per line), for StdlibDumpTests.

For every file: a line "=== PATH", then either ast.dump(tree, include_attributes=True) on one
line, or "ERROR " followed by the text CPython prints for the SyntaxError (as running the file
would print it, file name as given).
"""
import ast
import sys
import traceback


def error_text(e):
    # The same layout as the interpreter's C printer for a SyntaxError without traceback.
    lines = traceback.format_exception_only(type(e), e)
    return "".join(lines)


def main():
    out = sys.stdout
    for path in sys.stdin.read().splitlines():
        out.write("=== " + path + "\n")
        try:
            with open(path, "rb") as f:
                source = f.read()
            tree = ast.parse(source, path)
            out.write(ast.dump(tree, include_attributes=True) + "\n")
        except SyntaxError as e:
            out.write("ERROR " + error_text(e))
        except ValueError as e:
            out.write("ERROR ValueError: %s\n" % e)


if __name__ == "__main__":
    main()
