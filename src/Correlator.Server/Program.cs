using Correlator.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCorrelator();

var app = builder.Build();
app.MapCorrelator();
app.Run();

/// <summary>Visible to the integration tests.</summary>
public partial class Program;
