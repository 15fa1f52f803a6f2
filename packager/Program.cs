using PyPack.Packager.Cli;

return PyPackCli.Create().Parse(args).Invoke();
