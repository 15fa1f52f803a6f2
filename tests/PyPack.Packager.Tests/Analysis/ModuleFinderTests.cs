using ICSharpCode.SharpZipLib.Zip;
using PyPack.Packager.Analysis;
using PyPack.Packager.Tests.Support;

namespace PyPack.Packager.Tests.Analysis;

/// <summary>The search path and module resolution, as CPython's sys.path and FileFinder behave.</summary>
public class ModuleFinderTests
{
    private static readonly NativeModuleCatalog Natives = NativeModuleCatalog.Read(typeof(Runtime.Hosting.PythonMain).Assembly.Location);

    private static AppModules Find(string script, ModuleFinderOptions? options = null) =>
        new ModuleFinder(Natives).Find(script, (options ?? new ModuleFinderOptions()) with { Environment = _ => null });

    [Fact]
    public void Search_order_is_script_folder_then_paths_then_PYTHONPATH_then_venvs()
    {
        using var temp = new TempFolder();
        var script = temp.Write("app/main.py", "import a, b, c, d, e\n");
        temp.Write("app/a.py", "");
        temp.Write("extra/a.py", "");
        temp.Write("extra/b.py", "");
        temp.Write("pp/b.py", "");
        temp.Write("pp/c.py", "");
        temp.Write("venv/lib/python3.11/site-packages/c.py", "");
        temp.Write("venv/lib/python3.11/site-packages/d.py", "");
        temp.Write("app/.venv/lib/python3.11/site-packages/d.py", "");
        temp.Write("app/.venv/lib/python3.11/site-packages/e.py", "");
        var env = new Dictionary<string, string> { ["PYTHONPATH"] = Path.Combine(temp.Path, "pp"), ["VIRTUAL_ENV"] = Path.Combine(temp.Path, "venv") };
        var app = new ModuleFinder(Natives).Find(script, new ModuleFinderOptions { Paths = [Path.Combine(temp.Path, "extra")], Environment = env.GetValueOrDefault });
        app.Python.Select(m => (m.ModuleName, Path.GetRelativePath(temp.Path, m.FileName))).ShouldBe([
            ("__main__", "app/main.py"), ("a", "app/a.py"), ("b", "extra/b.py"), ("c", "pp/c.py"),
            ("d", "venv/lib/python3.11/site-packages/d.py"), ("e", "app/.venv/lib/python3.11/site-packages/e.py")]);
    }

    [Fact]
    public void Builtin_modules_win_over_the_path_and_a_package_wins_over_a_module()
    {
        using var temp = new TempFolder();
        var script = temp.Write("main.py", "import sys, thing\n");
        temp.Write("sys.py", "");
        temp.Write("thing.py", "");
        temp.Write("thing/__init__.py", "");
        var app = Find(script);
        app.Native.Select(n => n.Name).ShouldBe(["sys"]);
        app.Python.Select(m => Path.GetRelativePath(temp.Path, m.FileName)).ShouldBe(["main.py", "thing/__init__.py"]);
        app.PackagePaths["thing"].ShouldBe([Path.Combine(temp.Path, "thing")]);
    }

    [Theory]
    [InlineData("print(time.strptime('2024', '%Y'))")]
    [InlineData("from time import strptime")]
    [InlineData("parse = getattr(time, 'strptime')")]
    [InlineData("from time import *\nprint(strptime)")]
    public void A_native_export_brings_the_module_it_needs_only_when_the_app_mentions_it(string use)
    {
        using var temp = new TempFolder();
        var plain = Find(temp.Write("plain.py", "import time\nprint(time.time(), 'strptime?')\n"));
        plain.Python.Select(m => m.ModuleName).ShouldNotContain("_strptime");
        var withUse = Find(temp.Write("uses.py", "import time\n" + use + "\n"));
        withUse.Python.Select(m => m.ModuleName).ShouldContain("_strptime");
        // _strptime's own imports are followed in turn.
        withUse.Python.Select(m => m.ModuleName).ShouldContain("datetime");
    }

    [Fact]
    public void A_library_import_marked_when_read_waits_for_the_name()
    {
        using var temp = new TempFolder();
        // datetime imports _strptime (and through it re) only inside strptime.
        var plain = Find(temp.Write("plain.py", "import datetime\nprint(datetime.date(2024, 1, 2))\n"));
        plain.Python.Select(m => m.ModuleName).ShouldContain("datetime");
        plain.Python.Select(m => m.ModuleName).ShouldNotContain("_strptime");
        plain.Python.Select(m => m.ModuleName).ShouldNotContain("re");
        var parses = Find(temp.Write("parses.py", "from datetime import datetime\nprint(datetime.strptime('2024', '%Y'))\n"));
        parses.Python.Select(m => m.ModuleName).ShouldContain("_strptime");
        parses.Python.Select(m => m.ModuleName).ShouldContain("re");
    }

    [Theory]
    // csv names Sniffer in its own __all__: only the app's mention counts.
    [InlineData("import csv\nprint(csv.writer)", "csv.Sniffer().sniff('a,b')", "re")]
    // shutil's format tables name _make_tarball and _unpack_zipfile: only the app's mention counts.
    [InlineData("import shutil\nprint(shutil.which('ls'))", "shutil.make_archive('out', 'gztar', '.')", "tarfile")]
    [InlineData("import shutil\nprint(shutil.which('ls'))", "shutil.make_archive('out', 'zip', '.')", "zipfile")]
    [InlineData("import shutil\nprint(shutil.which('ls'))", "shutil.unpack_archive('a.zip')", "zipfile")]
    public void The_importing_modules_own_mentions_do_not_count(string plainApp, string use, string module)
    {
        using var temp = new TempFolder();
        static IEnumerable<string> Names(AppModules app) => app.Python.Select(m => m.ModuleName).Concat(app.Native.Select(n => n.Name));
        Names(Find(temp.Write("plain.py", plainApp + "\n"))).ShouldNotContain(module);
        Names(Find(temp.Write("uses.py", plainApp + "\n" + use + "\n"))).ShouldContain(module);
    }

    [Fact]
    public void Namespace_packages_span_several_path_entries()
    {
        using var temp = new TempFolder();
        var script = temp.Write("app/main.py", "import ns.one, ns.two\n");
        temp.Write("app/ns/one.py", "");
        temp.Write("more/ns/two.py", "");
        var app = Find(script, new ModuleFinderOptions { Paths = [Path.Combine(temp.Path, "more")] });
        app.NamespacePackages.ShouldBe(["ns"]);
        app.PackagePaths["ns"].ShouldBe([Path.Combine(temp.Path, "app", "ns"), Path.Combine(temp.Path, "more", "ns")]);
        app.Python.Select(m => m.ModuleName).ShouldBe(["__main__", "ns.one", "ns.two"]);
    }

    [Fact]
    public void From_package_import_name_follows_submodules_and_star_follows_a_literal___all__()
    {
        using var temp = new TempFolder();
        var script = temp.Write("main.py", "from p import sub, attr\nfrom q import *\n");
        temp.Write("p/__init__.py", "attr = 1\n");
        temp.Write("p/sub.py", "");
        temp.Write("p/unused.py", "");
        temp.Write("q/__init__.py", "__all__ = ['x']\n");
        temp.Write("q/x.py", "");
        temp.Write("q/y.py", "");
        Find(script).Python.Select(m => m.ModuleName).ShouldBe(["__main__", "p", "p.sub", "q", "q.x"]);
    }

    [Fact]
    public void Modules_are_found_inside_zip_and_wheel_files_on_the_path()
    {
        using var temp = new TempFolder();
        var script = temp.Write("main.py", "import zipped.inner, wheeled\n");
        WriteZip(Path.Combine(temp.Path, "lib.zip"), ("zipped/__init__.py", ""), ("zipped/inner.py", "X = 1\n"));
        WriteZip(Path.Combine(temp.Path, "wheeled-1.0-py3-none-any.whl"), ("wheeled.py", ""), ("wheeled-1.0.dist-info/METADATA", "Name: wheeled\n"));
        var app = Find(script, new ModuleFinderOptions { Paths = [Path.Combine(temp.Path, "lib.zip"), Path.Combine(temp.Path, "wheeled-1.0-py3-none-any.whl")] });
        app.Python.Select(m => (m.ModuleName, Path.GetRelativePath(temp.Path, m.FileName))).ShouldBe([
            ("__main__", "main.py"), ("zipped", "lib.zip/zipped/__init__.py"), ("zipped.inner", "lib.zip/zipped/inner.py"),
            ("wheeled", "wheeled-1.0-py3-none-any.whl/wheeled.py")]);
    }

    [Fact]
    public void Package_main_runs_as_python_dash_m()
    {
        using var temp = new TempFolder();
        temp.Write("tool/__init__.py", "");
        temp.Write("tool/__main__.py", "from . import core\n");
        temp.Write("tool/core.py", "");
        var app = Find(Path.Combine(temp.Path, "tool"));
        app.MainPackage.ShouldBe("tool");
        app.Python.Select(m => m.ModuleName).ShouldBe(["__main__", "tool", "tool.core"]);
        EntryPoint.Of(Path.Combine(temp.Path, "tool")).DefaultName.ShouldBe("tool");
    }

    [Fact]
    public void Unchanged_modules_come_from_the_cache()
    {
        using var temp = new TempFolder();
        var script = temp.Write("main.py", "import helper\n");
        temp.Write("helper.py", "X = 1\n");
        var options = new ModuleFinderOptions { CacheFolder = Path.Combine(temp.Path, "cache") };
        var first = Find(script, options);
        var entries = Directory.GetFiles(Path.Combine(temp.Path, "cache"));
        entries.Length.ShouldBe(2);
        var stamps = entries.Select(File.GetLastWriteTimeUtc).ToList();
        var second = Find(script, options);
        second.Python.Select(m => m.CSharp).ShouldBe(first.Python.Select(m => m.CSharp));
        Directory.GetFiles(Path.Combine(temp.Path, "cache")).Select(File.GetLastWriteTimeUtc).ShouldBe(stamps);
        temp.Write("helper.py", "X = 2\n");
        Find(script, options);
        Directory.GetFiles(Path.Combine(temp.Path, "cache")).Length.ShouldBe(3);
    }

    private static void WriteZip(string path, params (string Name, string Text)[] files)
    {
        using var zip = new ZipOutputStream(File.Create(path));
        foreach (var (name, text) in files)
        {
            zip.PutNextEntry(new ZipEntry(name));
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            zip.Write(bytes, 0, bytes.Length);
        }
    }
}
