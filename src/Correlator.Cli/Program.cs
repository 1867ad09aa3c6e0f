using System.CommandLine;
using Correlator.Cli.Extract;
using Correlator.Cli.Keys;
using Correlator.Cli.Post;

var root = new RootCommand("Correlator: read articles into candidate reports, send reports or articles to a server, manage API keys.")
{
    ExtractCommand.Create(),
    PostCommand.Create(),
    KeysCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
