using PyPack.Compiler.Diagnostics;
using PyPack.Compiler.Syntax;
using PyPack.Packager.Analysis;
using PyPack.Packager.Tests.Support;

namespace PyPack.Packager.Tests.Analysis;

/// <summary>
/// <c>mod.attr</c> where CPython's module has attr and PyPack's lacks it stops the build; every
/// case where the name may be something else, or attr may be set by the program, does not.
/// </summary>
public class ModuleAttributeCheckTests
{
    private static readonly NativeModuleCatalog Natives = NativeModuleCatalog.Read(typeof(Runtime.Hosting.PythonMain).Assembly.Location);

    /// <summary>PyPack's sys lacks settrace and thread_info, as CPython's has them; its json has dumps.</summary>
    private static IReadOnlySet<string>? PyPackNames(string module) => module switch
    {
        "sys" => new HashSet<string> { "argv", "exit" },
        "json" => new HashSet<string> { "dumps" },
        _ => null,
    };

    private static IReadOnlyList<string> Check(string source)
    {
        var tree = PythonParser.Parse(source, "app.py");
        var assigned = new HashSet<string>(StringComparer.Ordinal);
        ModuleAttributeCheck.CollectAssignedAttributes(tree, onImportedModulesOnly: false, assigned);
        return [.. ModuleAttributeCheck.Check(tree, PyPackNames, assigned)
            .Select(f => $"{f.Line}:{f.Col}: {f.Module}.{f.Name}{(f.Guarded ? " guarded" : "")}")];
    }

    [Fact]
    public void A_name_CPython_has_and_PyPack_lacks_is_found_in_any_scope()
    {
        Check("import sys\nimport json as j\ndef f():\n    return sys.settrace, j.JSONEncoder\nprint(sys.argv, j.dumps)\n")
            .ShouldBe(["4:11: sys.settrace", "4:25: json.JSONEncoder"]);
    }

    [Fact]
    public void Names_neither_has_private_names_and_other_modules_stay_run_time_errors()
    {
        Check("import sys, os\nprint(sys.no_such_name, sys._private, os.settrace, sys.argv)\n").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("import sys\nsys = object()\nsys.settrace\n")]
    [InlineData("import sys\ndef f(sys):\n    return sys.settrace\n")]
    [InlineData("import sys\ndel sys\nsys.settrace\n")]
    [InlineData("import sys\nfor sys in []: pass\nsys.settrace\n")]
    [InlineData("import sys\nfrom os import path as sys\nsys.settrace\n")]
    [InlineData("try:\n    import simplejson as sys\nexcept ImportError:\n    import sys\nsys.settrace\n")]
    [InlineData("import sys\nfrom helpers import *\nsys.settrace\n")]
    [InlineData("import sys\nglobals()['sys'] = 1\nsys.settrace\n")]
    [InlineData("import sys\nclass sys: pass\nsys.settrace\n")]
    [InlineData("import sys\nsys.settrace = print\nsys.settrace(None)\n")]
    [InlineData("import sys\nimport other\nother.settrace = 1\nsys.settrace\n")]
    [InlineData("import sys\nsetattr(sys, 'settrace', print)\nsys.settrace\n")]
    [InlineData("import sys\nname = 'settrace'\nsetattr(sys, name, print)\nsys.settrace\n")]
    [InlineData("import sys\ndel sys.argv\nsys.settrace\n", "argv")]
    public void Rebinding_setting_or_deleting_is_no_error(string source, string? stillFound = null)
    {
        var found = Check(source);
        if (stillFound is null) found.ShouldBeEmpty();
        else found.ShouldBe(["3:0: sys.settrace"]);
    }

    [Fact]
    public void A_read_inside_a_try_that_handles_AttributeError_is_guarded()
    {
        Check("import sys\ntry:\n    t = sys.settrace\nexcept (KeyError, AttributeError):\n    t = None\n" +
              "try:\n    u = sys.settrace\nexcept KeyError:\n    u = None\n")
            .ShouldBe(["3:8: sys.settrace guarded", "7:8: sys.settrace"]);
    }

    [Fact]
    public void PyPacks_own_library_only_hides_names_it_sets_on_a_module_it_imports()
    {
        var tree = PythonParser.Parse("import sys\nclass A:\n    def f(self):\n        self.settrace = 1\nsys.thread_info = 2\n", "lib.py");
        var assigned = new HashSet<string>(StringComparer.Ordinal);
        ModuleAttributeCheck.CollectAssignedAttributes(tree, onImportedModulesOnly: true, assigned);
        assigned.ShouldBe(["thread_info"]);
    }

    [Fact]
    public void A_python_module_with_a_module_getattr_or_star_import_has_unknown_names()
    {
        ModuleAttributeCheck.PythonModuleNames(PythonParser.Parse("def __getattr__(name):\n    return 1\n", "m.py")).ShouldBeNull();
        ModuleAttributeCheck.PythonModuleNames(PythonParser.Parse("from os import *\n", "m.py")).ShouldBeNull();
        ModuleAttributeCheck.PythonModuleNames(PythonParser.Parse("import os as o\nX = 1\nif X:\n    def f(): global G; G = 2\nclass C: pass\n", "m.py"))!
            .ShouldBe(["o", "X", "f", "G", "C"], ignoreOrder: true);
    }

    [Fact]
    public void The_finder_stops_the_build_with_file_line_and_column()
    {
        using var temp = new TempFolder();
        var script = temp.Write("app.py", "import sys\nprint(sys.argv)\nprint(sys.settrace)\n");
        var e = Should.Throw<CompileError>(() => new ModuleFinder(Natives).Find(script, new ModuleFinderOptions { Environment = _ => null }));
        e.Diagnostics.Count.ShouldBe(1);
        e.Diagnostics[0].ToString().ShouldEndWith("app.py:3:7: unsupported: sys.settrace (PyPack's sys module does not provide it)");
        e.Diagnostics[0].Code.ShouldBe(DiagnosticCode.Unsupported);
    }

    [Fact]
    public void The_finder_warns_for_a_guarded_read_and_leaves_a_shadowing_module_alone()
    {
        using var temp = new TempFolder();
        var script = temp.Write("app.py", "import sys, json\ntry:\n    sys.settrace(None)\nexcept AttributeError:\n    pass\nprint(json.JSONEncoder)\n");
        temp.Write("json.py", "JSONEncoder = 1\n");
        var app = new ModuleFinder(Natives).Find(script, new ModuleFinderOptions { Environment = _ => null });
        app.Warnings.ShouldContain(w => w.EndsWith("app.py:3: sys.settrace is not provided by PyPack's sys module; the app's AttributeError handler runs at run time"));
    }
}
