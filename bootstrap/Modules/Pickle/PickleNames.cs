namespace PyPack.Runtime.Modules.Pickle;

/// <summary>
/// fix_imports: Python 2 names of modules and globals that Python 3 renamed. Protocols 0-2 are
/// the ones Python 2 reads, so a pickler writes the old names there and an unpickler reading
/// them maps them back (the pairs are those CPython's documentation of _compat_pickle lists).
/// </summary>
internal static class PickleNames
{
    // Python 2 module -> Python 3 module, both ways.
    private static readonly (string Old, string New)[] Modules =
    [
        ("__builtin__", "builtins"), ("copy_reg", "copyreg"), ("Queue", "queue"),
        ("SocketServer", "socketserver"), ("ConfigParser", "configparser"), ("repr", "reprlib"),
        ("tkFileDialog", "tkinter.filedialog"), ("tkSimpleDialog", "tkinter.simpledialog"),
        ("tkColorChooser", "tkinter.colorchooser"), ("tkCommonDialog", "tkinter.commondialog"),
        ("Dialog", "tkinter.dialog"), ("Tkdnd", "tkinter.dnd"), ("tkFont", "tkinter.font"),
        ("tkMessageBox", "tkinter.messagebox"), ("ScrolledText", "tkinter.scrolledtext"),
        ("Tkconstants", "tkinter.constants"), ("Tix", "tkinter.tix"), ("ttk", "tkinter.ttk"),
        ("Tkinter", "tkinter"), ("markupbase", "_markupbase"), ("_winreg", "winreg"),
        ("thread", "_thread"), ("dummy_thread", "_dummy_thread"), ("dbhash", "dbm.bsd"),
        ("dumbdbm", "dbm.dumb"), ("dbm", "dbm.ndbm"), ("gdbm", "dbm.gnu"),
        ("xmlrpclib", "xmlrpc.client"), ("SimpleXMLRPCServer", "xmlrpc.server"),
        ("httplib", "http.client"), ("htmlentitydefs", "html.entities"),
        ("HTMLParser", "html.parser"), ("Cookie", "http.cookies"), ("cookielib", "http.cookiejar"),
        ("BaseHTTPServer", "http.server"), ("test.test_support", "test.support"),
        ("commands", "subprocess"), ("urlparse", "urllib.parse"), ("robotparser", "urllib.robotparser"),
        ("urllib2", "urllib.request"), ("anydbm", "dbm"), ("_abcoll", "collections.abc"),
    ];

    // Python 2 (module, name) -> Python 3 (module, name), both ways.
    private static readonly (string OldModule, string OldName, string NewModule, string NewName)[] Names =
    [
        ("__builtin__", "xrange", "builtins", "range"), ("__builtin__", "reduce", "functools", "reduce"),
        ("__builtin__", "intern", "sys", "intern"), ("__builtin__", "unichr", "builtins", "chr"),
        ("__builtin__", "unicode", "builtins", "str"), ("__builtin__", "long", "builtins", "int"),
        ("itertools", "izip", "builtins", "zip"), ("itertools", "imap", "builtins", "map"),
        ("itertools", "ifilter", "builtins", "filter"), ("itertools", "ifilterfalse", "itertools", "filterfalse"),
        ("itertools", "izip_longest", "itertools", "zip_longest"),
        ("UserDict", "IterableUserDict", "collections", "UserDict"), ("UserList", "UserList", "collections", "UserList"),
        ("UserString", "UserString", "collections", "UserString"), ("whichdb", "whichdb", "dbm", "whichdb"),
        ("_socket", "fromfd", "socket", "fromfd"),
        ("urllib", "ContentTooShortError", "urllib.error", "ContentTooShortError"),
        ("urllib", "getproxies", "urllib.request", "getproxies"), ("urllib", "pathname2url", "urllib.request", "pathname2url"),
        ("urllib", "quote_plus", "urllib.parse", "quote_plus"), ("urllib", "quote", "urllib.parse", "quote"),
        ("urllib", "unquote_plus", "urllib.parse", "unquote_plus"), ("urllib", "unquote", "urllib.parse", "unquote"),
        ("urllib", "url2pathname", "urllib.request", "url2pathname"), ("urllib", "urlcleanup", "urllib.request", "urlcleanup"),
        ("urllib", "urlencode", "urllib.parse", "urlencode"), ("urllib", "urlopen", "urllib.request", "urlopen"),
        ("urllib", "urlretrieve", "urllib.request", "urlretrieve"),
        ("urllib2", "HTTPError", "urllib.error", "HTTPError"), ("urllib2", "URLError", "urllib.error", "URLError"),
    ];

    // Exceptions lived in the 'exceptions' module in Python 2.
    private static readonly string[] Python2Exceptions =
    [
        "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BufferError", "BytesWarning",
        "DeprecationWarning", "EOFError", "EnvironmentError", "Exception", "FloatingPointError", "FutureWarning",
        "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError", "IndexError", "KeyError",
        "KeyboardInterrupt", "LookupError", "MemoryError", "NameError", "NotImplementedError", "OSError",
        "OverflowError", "PendingDeprecationWarning", "ReferenceError", "RuntimeError", "RuntimeWarning",
        "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit", "TabError", "TypeError",
        "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError",
        "UnicodeWarning", "UserWarning", "ValueError", "Warning", "ZeroDivisionError",
    ];

    private static readonly Dictionary<string, string> s_moduleToOld = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, string> s_moduleToNew = new(StringComparer.Ordinal);
    private static readonly Dictionary<(string, string), (string, string)> s_nameToOld = [];
    private static readonly Dictionary<(string, string), (string, string)> s_nameToNew = [];

    static PickleNames()
    {
        foreach (var (old, now) in Modules)
        {
            s_moduleToOld[now] = old;
            s_moduleToNew[old] = now;
        }
        foreach (var (oldModule, oldName, newModule, newName) in Names)
        {
            s_nameToOld[(newModule, newName)] = (oldModule, oldName);
            s_nameToNew[(oldModule, oldName)] = (newModule, newName);
        }
        foreach (var name in Python2Exceptions)
        {
            s_nameToOld[("builtins", name)] = ("exceptions", name);
            s_nameToNew[("exceptions", name)] = ("builtins", name);
        }
        // Mappings that only go one way.
        s_moduleToNew["cPickle"] = "pickle";
        s_moduleToNew["_elementtree"] = "xml.etree.ElementTree";
        s_moduleToNew["FileDialog"] = "tkinter.filedialog";
        s_moduleToNew["DocXMLRPCServer"] = "xmlrpc.server";
        s_moduleToNew["SimpleHTTPServer"] = "http.server";
        s_moduleToNew["CGIHTTPServer"] = "http.server";
        s_moduleToNew["UserDict"] = "collections";
        s_moduleToNew["UserList"] = "collections";
        s_moduleToNew["UserString"] = "collections";
        s_moduleToNew["whichdb"] = "dbm";
        s_moduleToNew["StringIO"] = "io";
        s_moduleToNew["cStringIO"] = "io";
        s_moduleToOld["_bz2"] = "bz2";
        s_moduleToOld["_dbm"] = "dbm";
        s_moduleToOld["_functools"] = "functools";
        s_moduleToOld["_gdbm"] = "gdbm";
        s_moduleToOld["_pickle"] = "pickle";
        s_nameToNew[("__builtin__", "basestring")] = ("builtins", "str");
        s_nameToNew[("exceptions", "StandardError")] = ("builtins", "Exception");
        s_nameToNew[("UserDict", "UserDict")] = ("collections", "UserDict");
        s_nameToNew[("socket", "_socketobject")] = ("socket", "SocketType");
        s_nameToOld[("_functools", "reduce")] = ("__builtin__", "reduce");
    }

    /// <summary>The Python 2 spelling of a global a pickler writes with protocol 0-2.</summary>
    public static (string Module, string Name) ToPython2(string module, string name)
    {
        if (s_nameToOld.TryGetValue((module, name), out var pair)) return pair;
        return (s_moduleToOld.TryGetValue(module, out var old) ? old : module, name);
    }

    /// <summary>The Python 3 spelling of a global read from a protocol 0-2 pickle.</summary>
    public static (string Module, string Name) ToPython3(string module, string name)
    {
        if (s_nameToNew.TryGetValue((module, name), out var pair)) return pair;
        return (s_moduleToNew.TryGetValue(module, out var now) ? now : module, name);
    }
}
