using System.CommandLine;
using Correlator.Cli.Extract;
using Correlator.Cli.Post;

var root = new RootCommand("Correlator: read articles into candidate reports, and send reports or articles to a server.")
{
    ExtractCommand.Create(),
    PostCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
