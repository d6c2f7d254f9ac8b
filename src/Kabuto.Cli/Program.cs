using Kabuto.Cli;

return KabutoCli.Run(args, Console.Out, Console.Error);
