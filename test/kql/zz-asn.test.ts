import { syntheticTenant } from '../../src/sources/synthetic/synthetic-tenant';
import { networkClassifier } from '../../src/networks/classify';
import { HOSTING_ASNS, ISP_ASNS, MICROSOFT_ASNS, MOBILE_ASNS } from '../../src/networks/catalogue';
test('asn', () => {
  const c = networkClassifier([]);
  const out = new Map<string, string>();
  for (const [users, days, seed] of [[12, 3, 7], [25, 7, 1], [40, 5, 3], [8, 2, 11]]) {
    const { table } = syntheticTenant({ users, days, seed });
    const asn = table.column('AutonomousSystemNumber'), ip = table.column('IPAddress');
    let noAsn = 0;
    for (let k = 0; k < table.length; k++) {
      const p = table.position(k);
      const a = asn.values[asn.codes[p]];
      if (!a) { noAsn++; continue; }
      const n = Number(a);
      const cat = n in MICROSOFT_ASNS ? 'microsoft' : n in MOBILE_ASNS ? 'mobile' : n in HOSTING_ASNS ? 'hosting' : n in ISP_ASNS ? 'isp' : 'isp(default)';
      const real = c.classify(a, ip.values[ip.codes[p]]).class;
      if (cat !== real && !(cat === 'isp(default)' && real === 'isp')) out.set(a, `${cat} vs ${real} ${c.label(a)}`);
    }
    console.log(users, days, seed, 'rows without ASN', noAsn, [...out].join('\n'));
  }
});
