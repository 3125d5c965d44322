using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Samenspel.Domain.Communication;

namespace Samenspel.Web.Features.Announcements;

/// <summary>Who an announcement or an event is for, as the form posts it: the whole organisation or one team
/// (<see cref="Scope"/>), and a group there (<see cref="Audience"/>).</summary>
public abstract class AudienceInput
{
    [Required(ErrorMessage = "Kies voor wie het is.")]
    public string? Scope { get; set; }

    [Required(ErrorMessage = "Kies een groep uit de lijst.")]
    public Audience? Audience { get; set; }
}

/// <summary>A page that lets staff choose an audience; _AudienceFields.cshtml shows the two fields.</summary>
public interface IAudiencePage
{
    AudienceInput Input { get; }
    AudienceChoice Audiences { get; }
}

/// <summary>The audience choice of the announcement and event forms: the scopes this staff member may address
/// (<see cref="AudienceRules.MayAddress"/>), the groups, and the check of what was chosen.</summary>
public sealed class AudienceChoice(Viewer viewer, List<SelectListItem> scopes, IStringLocalizer t)
{
    const string OrganisationScope = "org";

    /// <summary>The teams the viewer may address, and "the whole organisation" first when allowed. The value is the
    /// team id, or "org". No scope at all: the viewer may not write to any group.</summary>
    public static async Task<AudienceChoice> ForAsync(SamenspelDb db, Viewer viewer, IStringLocalizer t, CancellationToken ct)
    {
        var teams = await db.Teams.AsNoTracking().Where(x => x.OrganisationId == viewer.OrganisationId).OrderBy(x => x.Name).ToListAsync(ct);
        var options = new List<SelectListItem>();
        if (viewer.StaffRole is { } role && AudienceRules.MayAddress(role, viewer.TeamId, null))
            options.Add(new SelectListItem(t["De hele organisatie"], OrganisationScope));
        options.AddRange(teams.Where(x => viewer.StaffRole is { } r && AudienceRules.MayAddress(r, viewer.TeamId, x.Id))
            .Select(x => new SelectListItem(x.Name, x.Id.ToString())));
        return new AudienceChoice(viewer, options, t);
    }

    public bool None => scopes.Count == 0;
    public string? DefaultScope => scopes.Count == 1 ? scopes[0].Value : null;
    public IEnumerable<SelectListItem> ScopeOptions => scopes.Prepend(new SelectListItem(t["Kies…"], ""));
    public IEnumerable<SelectListItem> AudienceOptions => Enum.GetValues<Audience>().Select(a => new SelectListItem(t.Of(a), a.ToString()))
        .Prepend(new SelectListItem(t["Kies…"], ""));

    /// <summary>Checks the choice, after the form's other checks: a scope from the list, and, when all else is right
    /// and nobody is named one by one (<paramref name="othersNamed"/>), someone in the group to reach.</summary>
    /// <returns>The team chosen; null for the whole organisation.</returns>
    public async Task<Guid?> CheckAsync(AudienceInput input, ModelStateDictionary state, SamenspelDb db, DateOnly today, bool othersNamed, CancellationToken ct)
    {
        Guid? team = null;
        if (input.Scope is not null && scopes.All(o => o.Value != input.Scope))
            state.AddModelError("Input.Scope", t["Kies een team uit de lijst."]);
        else if (input.Scope is not null and not OrganisationScope)
            team = Guid.Parse(input.Scope);
        if (state.IsValid && !othersNamed
            && (await Recipients.OfAudienceAsync(db, viewer.OrganisationId, team, input.Audience!.Value, today, ct)).Count == 0)
            state.AddModelError("Input.Audience", t["In deze groep is nog niemand met een account of e-mailadres. Kies een andere groep."]);
        return team;
    }
}
