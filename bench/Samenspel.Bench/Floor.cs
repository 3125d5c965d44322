using System.Data.Common;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Samenspel.Bench;

/// <summary>The floor: the caseload's rows for one mentor, from the same database, with raw ADO.NET and a
/// <see cref="StringBuilder"/>, on bare Kestrel (no routing, auth, antiforgery, audit, localisation or EF Core). What a
/// page could cost at the least on this machine; every page is compared with it.</summary>
sealed class Floor(bool postgres, string connectionString) : IAsyncDisposable
{
    const string Rows = """
        SELECT y."Id", y."GivenName", y."FamilyName", y."BirthDate", t."Type", tm."Name", m."Role"
        FROM "CareTeamMembers" m
        JOIN "Trajectories" t ON t."Id" = m."TrajectoryId"
        JOIN "Youths" y ON y."Id" = t."YouthId"
        JOIN "Teams" tm ON tm."Id" = t."TeamId"
        WHERE m."StaffMemberId" = @me
        ORDER BY y."FamilyName", y."GivenName"
        """;

    WebApplication? app;

    DbConnection Connection() => postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);

    /// <summary>Starts on a loopback port and answers the address of the mentor's caseload there.</summary>
    public async Task<Uri> StartAsync(string mentorEmail)
    {
        object mentorId;
        await using (var connection = Connection())
        {
            await connection.OpenAsync();
            await using var find = Command(connection, """SELECT "Id" FROM "Staff" WHERE "Email" = @me""", mentorEmail);
            // The id as the provider stores it (text on SQLite, uuid on PostgreSQL), passed back unchanged.
            mentorId = await find.ExecuteScalarAsync() ?? throw new InvalidOperationException($"No staff member {mentorEmail}.");
        }

        var builder = WebApplication.CreateEmptyBuilder(new());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(o => o.Listen(IPAddress.Loopback, 0));
        app = builder.Build();
        app.Run(async context =>
        {
            var today = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
            var html = new StringBuilder("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Mijn jongeren</title></head><body><h1>Mijn jongeren</h1><ul>");
            await using var connection = Connection();
            await connection.OpenAsync();
            await using var command = Command(connection, Rows, mentorId);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var born = reader.GetFieldValue<DateOnly>(3);
                var age = today.Year - born.Year - (today < born.AddYears(today.Year - born.Year) ? 1 : 0);
                html.Append("<li><a href=\"/Youths/Details?id=").Append(reader.GetValue(0)).Append("\">")
                    .Append(WebUtility.HtmlEncode($"{reader.GetString(1)} {reader.GetString(2)}")).Append("</a> ")
                    .Append(age).Append(" jaar · ").Append(WebUtility.HtmlEncode(reader.GetValue(4).ToString())).Append(" · ")
                    .Append(WebUtility.HtmlEncode(reader.GetString(5))).Append(" · ").Append(WebUtility.HtmlEncode(reader.GetValue(6).ToString())).Append("</li>");
            }
            html.Append("</ul></body></html>");
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(html.ToString());
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(new Uri(address), "/caseload");
    }

    static DbCommand Command(DbConnection connection, string sql, object me)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@me";
        parameter.Value = me;
        command.Parameters.Add(parameter);
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
    }
}
