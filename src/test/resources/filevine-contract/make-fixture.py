import json, sys
# usage: python3 make-fixture.py <shared/filevine-api/operations.json> operations.json
src = json.load(open(sys.argv[1]))
# The operations FilevineApi calls, as "METHOD path" (path exactly as the description spells it).
USED = [
 ('POST','/fv-app/v2/utils/GetUserOrgsWithToken'), ('GET','/fv-app/v2/Users/Me'), ('GET','/fv-app/v2/Users'),
 ('GET','/fv-app/v2/Projects'), ('GET','/fv-app/v2/Projects/{projectId}'), ('GET','/fv-app/v2/Projects/{projectId}/Vitals'),
 ('GET','/fv-app/v2/ProjectTypes'), ('GET','/fv-app/v2/ProjectTypes/{projectTypeId}/phases'),
 ('GET','/fv-app/v2/Projects/{projectId}/contacts'), ('GET','/fv-app/v2/Contacts'), ('GET','/fv-app/v2/Contacts/{contactId}'),
 ('GET','/fv-app/v2/Projects/{projectId}/Notes'), ('GET','/fv-app/v2/projects/{projectId}/deadlines'),
 ('GET','/fv-app/v2/projects/{projectId}/team'), ('GET','/fv-app/v2/Documents'), ('GET','/fv-app/v2/Documents/{documentId}/locator'),
 ('GET','/fv-app/v2/projects/{projectId}/tasks'), ('GET','/fv-app/v2/users/{userId}/tasks'),
 ('GET','/fv-app/v2/users/{userId}/appointments'),
]
ops = {}
for m, p in USED:
    hit = [o for o in src['operations'] if o['method'] == m and o['path'] == p]
    assert len(hit) == 1, (m, p, len(hit))
    ops[m + ' ' + p] = hit[0]
# Named objects the condensed description leaves unexpanded below some depth: resolved from where the same
# description expands them (an Identifier is the {Native, Partner} pair everywhere).
named = {'object Identifier': {'Native': 'integer (int32)', 'Partner': 'string'}}
contacts = ops['GET /fv-app/v2/Contacts/{contactId}']['answer200']
named['object Phone'] = contacts['Phones'][0]
named['object Email'] = contacts['Emails'][0]
named['object Address'] = contacts['Addresses'][0]
unresolved = set()
def resolve(shape):
    if isinstance(shape, dict):
        if 'enum' in shape:
            return shape
        return {k: resolve(v) for k, v in shape.items()}
    if isinstance(shape, list):
        return [resolve(v) for v in shape]
    if isinstance(shape, str) and shape.startswith('object ') and shape != 'object (free-form)':
        if shape in named:
            return resolve(named[shape])
        unresolved.add(shape)
    return shape
out = {
  'source': src.get('source'),
  'note': 'The answers (HTTP 200) of the Filevine API operations Vine Reports calls, copied from Filevine\'s published '
          'API description (Swagger 2.0, FV.App.API.json, as condensed in shared/filevine-api/operations.json). '
          'Named objects the condensed form leaves unexpanded are expanded from where the same description expands '
          'them (Identifier, Phone, Email, Address); any other stays "object <Name>" (an object of unknown shape). '
          'Regenerate with src/test/resources/filevine-contract/README.md when the description changes.',
  'operations': {k: {'operationId': o['operationId'], 'params': [p['name'] for p in o['params']],
                     'answer': resolve(o['answer200'])} for k, o in ops.items()},
}
json.dump(out, open(sys.argv[2], 'w'), indent=1, sort_keys=False)
print('unresolved', sorted(unresolved))
