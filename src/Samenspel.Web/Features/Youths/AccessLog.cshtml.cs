using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samenspel.Domain.Access;
using Samenspel.Web.Access;
using Samenspel.Web.Audit;
using Samenspel.Web.Data;
using Samenspel.Web.Features.Shared;

namespace Samenspel.Web.Features.Youths;

/// <summary>Who looked at or changed this youth's file. Reading it is itself audited, through the same gate.</summary>
public sealed class AccessLogModel(SamenspelDb db, YouthAccess access, IStringLocalizer<SharedResource> t) : PageModel
{

    public sealed record Row(DateTimeOffset At, string? Who, AuditAction Action, string What, AuditOutcome Outcome);

    public string YouthName { get; private set; } = "";
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var check = await access.CheckAsync(id, DataCategory.AccessLog, AccessAction.Read, ct);
        if (!check.Known) return NotFound();
        if (!check.Allowed) return Forbid();
        YouthName = await db.Youths.Where(y => y.Id == id).Select(y => y.GivenName + " " + y.FamilyName).SingleAsync(ct);
        Rows = await db.AuditEvents.AsNoTracking().Where(e => e.YouthId == id)
            .OrderByDescending(e => e.OccurredAt).Take(200)
            .Select(e => new Row(e.OccurredAt, db.Users.Where(u => u.Id == e.UserId).Select(u => u.DisplayName).FirstOrDefault(), e.Action, e.EventType, e.Outcome))
            .ToListAsync(ct);
        return Page();
    }

    public string Local(DateTimeOffset at) => Age.DutchTime(at).ToString("d MMM yyyy HH:mm");

    public string Describe(AuditAction action, string what)
    {
        var category = Enum.TryParse<DataCategory>(what, out var c) ? t.Of(c) : what;
        return action switch
        {
            AuditAction.Read => t["bekeek {0}", category],
            AuditAction.Create => t["voegde toe aan {0}", category],
            AuditAction.Delete => t["verwijderde uit {0}", category],
            _ => t["veranderde {0}", category],
        };
    }
}
