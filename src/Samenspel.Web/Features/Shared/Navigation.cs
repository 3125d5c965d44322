namespace Samenspel.Web.Features.Shared;

/// <summary>The header menu: for each kind of person the few places they work from, home first. Only pages the
/// person may open: the folder conventions in <see cref="SamenspelApp"/> decide the same for staff pages.</summary>
public static class Navigation
{
    public sealed record Item(string Page, string Label);

    public static IReadOnlyList<Item> For(Viewer viewer) => viewer switch
    {
        { Kind: AccountKind.Carer } => [new("/Family/Index", "Start")],
        { Kind: AccountKind.Youth } => [new("/Me/Index", "Start"), new("/Journal/Write", "Mijn dagboek")],
        { StaffRole: StaffRole.TeamLead } => [new("/Team/Index", "Mijn team"), .. Groups],
        { StaffRole: StaffRole.Administrator } => [new("/Admin/Index", "Beheer"), .. Groups],
        { StaffRole: StaffRole.PrivacyOfficer } => [new("/Privacy/Index", "Logboek")],
        _ => [new("/Caseload/Index", "Mijn jongeren"), new("/Contacts/Rhythm", "Contactritme"), .. Groups],
    };

    static readonly Item[] Groups = [new("/Announcements/Index", "Berichten aan groepen"), new("/Events/Index", "Bijeenkomsten")];

    /// <summary>The page a person starts from.</summary>
    public static string HomeOf(Viewer? viewer) => viewer is null ? "/Accounts/Login" : For(viewer)[0].Page;
}
