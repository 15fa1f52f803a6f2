using PyPack.Packager.Tests.Support;

namespace PyPack.Packager.Tests.Cli;

/// <summary>What the analysis tells users: missing modules with where they are imported, the module graph.</summary>
public class AnalysisReportTests
{
    [Fact]
    public void Missing_modules_are_reported_with_file_and_line_and_fail_at_run_time_as_in_CPython()
    {
        using var temp = new TempFolder();
        temp.Write("app.py", "import sys\nprint('start')\n\ndef later():\n    import yaml\n\nimport tomli.parser\n");
        var r = ProcessRunner.Pypack(temp.Path, "run", "app.py");
        r.Stderr.ShouldContain("pypack: warning: no module named 'yaml' (imported at app.py:5)");
        r.Stderr.ShouldContain("pypack: warning: no module named 'tomli' (imported at app.py:7)");
        r.Stderr.ShouldNotContain("'tomli.parser'");
        r.Stdout.ShouldBe("start\n");
        r.Stderr.ShouldEndWith("ModuleNotFoundError: No module named 'tomli'\n");
        r.ExitCode.ShouldBe(1);
    }

    [Fact]
    public void Optional_imports_are_reported_as_such_and_the_fallback_runs()
    {
        using var temp = new TempFolder();
        temp.Write("app.py", "try:\n    import simplejson as json\nexcept ImportError:\n    json = None\nprint(json)\n");
        var r = ProcessRunner.Pypack(temp.Path, "run", "app.py");
        r.Stderr.ShouldContain("pypack: warning: optional module 'simplejson' not found (imported at app.py:2, where ImportError is handled)");
        r.Stdout.ShouldBe("None\n");
        r.ExitCode.ShouldBe(0);
    }

    [Fact]
    public void A_standard_module_PyPack_lacks_stops_the_build_where_an_unguarded_import_names_it()
    {
        // Under CPython these imports succeed, so running on with ModuleNotFoundError would differ.
        using var temp = new TempFolder();
        temp.Write("app.py", "import os\nprint('start')\n\ndef later():\n    import sqlite3\n\nfrom xml.dom import minidom\n");
        var r = ProcessRunner.Pypack(temp.Path, "run", "app.py");
        r.Stderr.ShouldContain("app.py:5:5: unsupported: module 'sqlite3' of CPython's standard library is not available in PyPack");
        r.Stderr.ShouldContain("app.py:7:1: unsupported: module 'xml.dom' of CPython's standard library is not available in PyPack");
        r.Stdout.ShouldBe("");
        r.ExitCode.ShouldBe(1);
    }

    [Fact]
    public void A_standard_module_PyPack_lacks_behind_an_ImportError_handler_is_a_warning_and_the_fallback_runs()
    {
        using var temp = new TempFolder();
        temp.Write("app.py", "try:\n    import sqlite3\nexcept ImportError:\n    sqlite3 = None\nprint(sqlite3)\n");
        var r = ProcessRunner.Pypack(temp.Path, "run", "app.py");
        r.Stderr.ShouldContain("pypack: warning: module 'sqlite3' of CPython's standard library is not available in PyPack (imported at app.py:2, where ImportError is handled)");
        r.Stdout.ShouldBe("None\n");
        r.ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Excluded_modules_are_left_out_and_raise_ModuleNotFoundError()
    {
        using var temp = new TempFolder();
        temp.Write("app.py", "print('start')\nimport helper\n");
        temp.Write("helper.py", "print('helper')\n");
        var r = ProcessRunner.Pypack(temp.Path, "run", "--exclude-module", "helper", "app.py");
        r.Stderr.ShouldNotContain("warning");
        r.Stderr.ShouldEndWith("ModuleNotFoundError: No module named 'helper'\n");
        r.ExitCode.ShouldBe(1);
    }

    [Fact]
    public void Hidden_imports_and_paths_add_modules_no_literal_import_names()
    {
        using var temp = new TempFolder();
        temp.Write("app.py", "import importlib\nname = 'plug' + 'in'\nm = importlib.import_module(name)\nprint(m.VALUE)\n");
        temp.Write("extra/plugin.py", "VALUE = 42\n");
        var r = ProcessRunner.Pypack(temp.Path, "run", "--paths", "extra", "--hidden-import", "plugin", "app.py");
        r.Stderr.ShouldContain("app.py:3: a module name computed at run time is imported here");
        r.Stdout.ShouldBe("42\n");
        r.ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Graph_is_written_as_text_or_json()
    {
        using var temp = new TempFolder();
        temp.Write("app.py", "import sys\nimport helper\n");
        temp.Write("helper.py", "try:\n    import fast_helper\nexcept ImportError:\n    pass\ndef later():\n    import slow_helper\n");
        var r = ProcessRunner.Pypack(temp.Path, "run", "--graph", "graph.txt", "app.py");
        r.ExitCode.ShouldBe(0, r.Stderr);
        var text = File.ReadAllText(Path.Combine(temp.Path, "graph.txt"));
        text.ShouldContain($"__main__  module  {Path.Combine(temp.Path, "app.py")}\n    -> sys (line 1)\n    -> helper (line 2)\n");
        text.ShouldContain("helper  module");
        text.ShouldContain("    -> fast_helper (line 2, optional)\n    -> slow_helper (line 6)\n");
        text.ShouldContain("fast_helper  missing\n");

        r = ProcessRunner.Pypack(temp.Path, "run", "--graph", "out/graph.json", "app.py");
        r.ExitCode.ShouldBe(0, r.Stderr);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "out", "graph.json")));
        var modules = json.RootElement.GetProperty("modules").EnumerateArray().Select(m => m.GetProperty("name").GetString()).ToList();
        modules.ShouldBe(["__main__", "sys", "helper", "fast_helper", "slow_helper"]);
        json.RootElement.GetProperty("missing")[0].GetProperty("name").GetString().ShouldBe("fast_helper");
    }
}
