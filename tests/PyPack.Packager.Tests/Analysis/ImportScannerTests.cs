using PyPack.Compiler.Syntax;
using PyPack.Packager.Analysis;

namespace PyPack.Packager.Tests.Analysis;

public class ImportScannerTests
{
    private static IReadOnlyList<ImportSite> Scan(string source) => ImportScanner.Scan(PythonParser.Parse(source, "/x/app.py"));

    [Fact]
    public void Finds_imports_everywhere_with_their_lines()
    {
        var sites = Scan("import a.b as c, d\nif x:\n    from . import e\ndef f():\n    from ..g import h, i\nclass K:\n    import j\nwhile 1:\n    import k\n");
        sites.Select(s => (s.Module, s.Level, string.Join(",", s.Names), s.Line)).ShouldBe([
            ("a.b", 0, "", 1), ("d", 0, "", 1), (null, 1, "e", 3), ("g", 2, "h,i", 5), ("j", 0, "", 7), ("k", 0, "", 9)]);
        sites.ShouldAllBe(s => !s.Optional);
    }

    [Fact]
    public void Skips_TYPE_CHECKING_blocks_but_not_their_else()
    {
        var sites = Scan("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import heavy\nelse:\n    import light\nif typing.TYPE_CHECKING:\n    import other\n");
        sites.Select(s => s.Module).ShouldBe(["typing", "light"]);
    }

    [Fact]
    public void Marks_imports_guarded_by_ImportError_handlers_as_optional()
    {
        var sites = Scan(
            "try:\n    import ujson as json\nexcept ImportError:\n    import json\n" +
            "try:\n    import a\nexcept (ValueError, ModuleNotFoundError):\n    pass\n" +
            "try:\n    import b\nexcept ValueError:\n    pass\n" +
            "try:\n    import c\nexcept:\n    pass\n");
        sites.Select(s => (s.Module, s.Optional)).ShouldBe([("ujson", true), ("json", false), ("a", true), ("b", false), ("c", true)]);
    }

    [Fact]
    public void Sees_import_module_and___import___with_literal_names()
    {
        var sites = Scan("import importlib\nm = importlib.import_module('plugins.csv')\nn = __import__('os')\no = importlib.import_module('.sub', 'pkg.inner')\np = importlib.import_module(name)\n");
        sites.Select(s => (s.Module, s.Kind)).ShouldBe([
            ("importlib", ImportSiteKind.Import), ("plugins.csv", ImportSiteKind.Call), ("os", ImportSiteKind.Call),
            ("pkg.inner.sub", ImportSiteKind.Call), (null, ImportSiteKind.Dynamic)]);
    }

    [Fact]
    public void Reads___import___levels_and_fromlists()
    {
        var sites = Scan("a = __import__('x.y', globals(), None, ['z'], 2)\nb = __import__('q', fromlist=('r',))\nc = __import__('w', {'__package__': 'p'}, None, [], 1)\nd = __import__('v', level=n)\n");
        sites.Select(s => (s.Module, s.Level, string.Join(",", s.Names), s.Kind)).ShouldBe([
            ("x.y", 2, "z", ImportSiteKind.Call), ("q", 0, "r", ImportSiteKind.Call),
            ("w", 0, "", ImportSiteKind.Dynamic), ("v", 0, "", ImportSiteKind.Dynamic)]);
    }

    [Fact]
    public void Reads_a_literal___all__()
    {
        ImportScanner.StaticAll(PythonParser.Parse("__all__ = ['a', 'b']\n", "/x/m.py")).ShouldBe(["a", "b"]);
        ImportScanner.StaticAll(PythonParser.Parse("__all__ = ('a',)\n", "/x/m.py")).ShouldBe(["a"]);
        ImportScanner.StaticAll(PythonParser.Parse("__all__ = names()\n", "/x/m.py")).ShouldBeNull();
    }
}
