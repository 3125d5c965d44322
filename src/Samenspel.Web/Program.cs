using Samenspel.Web;
using Samenspel.Web.Cli;

var (verb, hostArgs) = Verbs.Split(args);
var app = SamenspelApp.Build(hostArgs, verb is null);
if (verb is not null)
    return await Verbs.RunAsync(app, verb, Console.Out, Console.Error);

app.Lifetime.ApplicationStarted.Register(() => SamenspelApp.PrintWelcome(app));
try
{
    await app.RunAsync();
}
catch (Samenspel.Web.Data.DemoAccountsOutsideDemoMode refused)
{
    Console.Error.WriteLine();
    Console.Error.WriteLine(refused.Message);
    return 1;
}
return 0;

public partial class Program;
