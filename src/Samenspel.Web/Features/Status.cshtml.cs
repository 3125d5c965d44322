namespace Samenspel.Web.Features;

/// <summary>The page for 403, 404 and other error codes. It says nothing about what was asked for.</summary>
[AllowAnonymous, IgnoreAntiforgeryToken]
public sealed class StatusModel(IStringLocalizer<SharedResource> t) : PageModel
{
    public string Title { get; private set; } = "";
    public string Text { get; private set; } = "";

    /// <summary>A refused form post (429 from the sign-in limits) comes here as a post.</summary>
    public void OnPost(int code) => OnGet(code);

    public void OnGet(int code)
    {
        (Title, Text) = code switch
        {
            403 => (t["Geen toegang"], t["U mag deze pagina niet bekijken."]),
            404 => (t["Niet gevonden"], t["Deze pagina bestaat niet, of u mag hem niet zien."]),
            429 => (t["Te veel pogingen"], t["U heeft het te vaak geprobeerd. Wacht een paar minuten en probeer het dan opnieuw."]),
            _ => (t["Er ging iets mis"], t["Probeer het later nog eens."]),
        };
    }
}
