/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const troupe = $root.troupe = (() => {

    const troupe = {};

    troupe.v1 = (function() {

        const v1 = {};

        v1.RawObject = (function() {

            const RawObject = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            RawObject.prototype.apiVersion = "";
            RawObject.prototype.kind = "";
            RawObject.prototype.raw = $util.newBuffer([]);

            RawObject.create = function(properties) {
                return new RawObject(properties);
            };

            RawObject.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.apiVersion != null && $Object.hasOwnProperty.call(m, "apiVersion") && m.apiVersion !== "")
                    w.uint32(10).string(m.apiVersion);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(18).string(m.kind);
                if (m.raw != null && $Object.hasOwnProperty.call(m, "raw") && m.raw.length)
                    w.uint32(26).bytes(m.raw);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            RawObject.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.RawObject();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.apiVersion = v;
                            else
                                delete m.apiVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.raw = v;
                            else
                                delete m.raw;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return RawObject;
        })();

        v1.ObjectList = (function() {

            const ObjectList = function (p) {
                this.items = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ObjectList.prototype.apiVersion = "";
            ObjectList.prototype.kind = "";
            ObjectList.prototype.metadata = null;
            ObjectList.prototype.items = $util.emptyArray;

            ObjectList.create = function(properties) {
                return new ObjectList(properties);
            };

            ObjectList.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.apiVersion != null && $Object.hasOwnProperty.call(m, "apiVersion") && m.apiVersion !== "")
                    w.uint32(10).string(m.apiVersion);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(18).string(m.kind);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.troupe.v1.ListMeta.encode(m.metadata, w.uint32(26).fork(), q + 1).ldelim();
                if (m.items != null && m.items.length) {
                    for (var i = 0; i < m.items.length; ++i)
                        $root.troupe.v1.RawObject.encode(m.items[i], w.uint32(34).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ObjectList.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ObjectList();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.apiVersion = v;
                            else
                                delete m.apiVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.troupe.v1.ListMeta.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.items && m.items.length))
                                m.items = [];
                            m.items.push($root.troupe.v1.RawObject.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ObjectList;
        })();

        v1.WriteOptions = (function() {

            const WriteOptions = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            WriteOptions.prototype.dryRun = false;
            WriteOptions.prototype.fieldManager = "";
            WriteOptions.prototype.fieldValidation = "";

            WriteOptions.create = function(properties) {
                return new WriteOptions(properties);
            };

            WriteOptions.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.dryRun != null && $Object.hasOwnProperty.call(m, "dryRun") && m.dryRun !== false)
                    w.uint32(8).bool(m.dryRun);
                if (m.fieldManager != null && $Object.hasOwnProperty.call(m, "fieldManager") && m.fieldManager !== "")
                    w.uint32(18).string(m.fieldManager);
                if (m.fieldValidation != null && $Object.hasOwnProperty.call(m, "fieldValidation") && m.fieldValidation !== "")
                    w.uint32(26).string(m.fieldValidation);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            WriteOptions.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.WriteOptions();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.dryRun = v;
                            else
                                delete m.dryRun;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.fieldManager = v;
                            else
                                delete m.fieldManager;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.fieldValidation = v;
                            else
                                delete m.fieldValidation;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return WriteOptions;
        })();

        v1.CreateRequest = (function() {

            const CreateRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            CreateRequest.prototype.object = null;
            CreateRequest.prototype.options = null;

            CreateRequest.create = function(properties) {
                return new CreateRequest(properties);
            };

            CreateRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.object != null && $Object.hasOwnProperty.call(m, "object"))
                    $root.troupe.v1.RawObject.encode(m.object, w.uint32(10).fork(), q + 1).ldelim();
                if (m.options != null && $Object.hasOwnProperty.call(m, "options"))
                    $root.troupe.v1.WriteOptions.encode(m.options, w.uint32(18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            CreateRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.CreateRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.object = $root.troupe.v1.RawObject.decode(r, r.size(), $undefined, q + 1, m.object);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.options = $root.troupe.v1.WriteOptions.decode(r, r.size(), $undefined, q + 1, m.options);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return CreateRequest;
        })();

        v1.ApplyRequest = (function() {

            const ApplyRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ApplyRequest.prototype.object = null;
            ApplyRequest.prototype.options = null;

            ApplyRequest.create = function(properties) {
                return new ApplyRequest(properties);
            };

            ApplyRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.object != null && $Object.hasOwnProperty.call(m, "object"))
                    $root.troupe.v1.RawObject.encode(m.object, w.uint32(10).fork(), q + 1).ldelim();
                if (m.options != null && $Object.hasOwnProperty.call(m, "options"))
                    $root.troupe.v1.WriteOptions.encode(m.options, w.uint32(18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ApplyRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ApplyRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.object = $root.troupe.v1.RawObject.decode(r, r.size(), $undefined, q + 1, m.object);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.options = $root.troupe.v1.WriteOptions.decode(r, r.size(), $undefined, q + 1, m.options);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ApplyRequest;
        })();

        v1.UpdateRequest = (function() {

            const UpdateRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            UpdateRequest.prototype.object = null;
            UpdateRequest.prototype.options = null;

            UpdateRequest.create = function(properties) {
                return new UpdateRequest(properties);
            };

            UpdateRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.object != null && $Object.hasOwnProperty.call(m, "object"))
                    $root.troupe.v1.RawObject.encode(m.object, w.uint32(10).fork(), q + 1).ldelim();
                if (m.options != null && $Object.hasOwnProperty.call(m, "options"))
                    $root.troupe.v1.WriteOptions.encode(m.options, w.uint32(18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            UpdateRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.UpdateRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.object = $root.troupe.v1.RawObject.decode(r, r.size(), $undefined, q + 1, m.object);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.options = $root.troupe.v1.WriteOptions.decode(r, r.size(), $undefined, q + 1, m.options);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return UpdateRequest;
        })();

        v1.JsonValue = (function() {

            const JsonValue = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            JsonValue.prototype.raw = "";

            JsonValue.create = function(properties) {
                return new JsonValue(properties);
            };

            JsonValue.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.raw != null && $Object.hasOwnProperty.call(m, "raw") && m.raw !== "")
                    w.uint32(10).string(m.raw);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            JsonValue.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.JsonValue();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.raw = v;
                            else
                                delete m.raw;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return JsonValue;
        })();

        v1.PatchRequest = (function() {

            const PatchRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            PatchRequest.prototype.key = null;
            PatchRequest.prototype.patchType = "";
            PatchRequest.prototype.patch = null;
            PatchRequest.prototype.fieldManager = "";
            PatchRequest.prototype.force = false;
            PatchRequest.prototype.dryRun = false;
            PatchRequest.prototype.subresource = "";
            PatchRequest.prototype.fieldValidation = "";

            PatchRequest.create = function(properties) {
                return new PatchRequest(properties);
            };

            PatchRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.key != null && $Object.hasOwnProperty.call(m, "key"))
                    $root.troupe.v1.ObjectKey.encode(m.key, w.uint32(10).fork(), q + 1).ldelim();
                if (m.patchType != null && $Object.hasOwnProperty.call(m, "patchType") && m.patchType !== "")
                    w.uint32(18).string(m.patchType);
                if (m.patch != null && $Object.hasOwnProperty.call(m, "patch"))
                    $root.troupe.v1.JsonValue.encode(m.patch, w.uint32(26).fork(), q + 1).ldelim();
                if (m.fieldManager != null && $Object.hasOwnProperty.call(m, "fieldManager") && m.fieldManager !== "")
                    w.uint32(34).string(m.fieldManager);
                if (m.force != null && $Object.hasOwnProperty.call(m, "force") && m.force !== false)
                    w.uint32(40).bool(m.force);
                if (m.dryRun != null && $Object.hasOwnProperty.call(m, "dryRun") && m.dryRun !== false)
                    w.uint32(48).bool(m.dryRun);
                if (m.subresource != null && $Object.hasOwnProperty.call(m, "subresource") && m.subresource !== "")
                    w.uint32(58).string(m.subresource);
                if (m.fieldValidation != null && $Object.hasOwnProperty.call(m, "fieldValidation") && m.fieldValidation !== "")
                    w.uint32(66).string(m.fieldValidation);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            PatchRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.PatchRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.key = $root.troupe.v1.ObjectKey.decode(r, r.size(), $undefined, q + 1, m.key);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.patchType = v;
                            else
                                delete m.patchType;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.patch = $root.troupe.v1.JsonValue.decode(r, r.size(), $undefined, q + 1, m.patch);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.fieldManager = v;
                            else
                                delete m.fieldManager;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.force = v;
                            else
                                delete m.force;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.dryRun = v;
                            else
                                delete m.dryRun;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.subresource = v;
                            else
                                delete m.subresource;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.fieldValidation = v;
                            else
                                delete m.fieldValidation;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return PatchRequest;
        })();

        v1.ObjectKey = (function() {

            const ObjectKey = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ObjectKey.prototype.resource = "";
            ObjectKey.prototype.namespace = "";
            ObjectKey.prototype.name = "";

            ObjectKey.create = function(properties) {
                return new ObjectKey(properties);
            };

            ObjectKey.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.resource != null && $Object.hasOwnProperty.call(m, "resource") && m.resource !== "")
                    w.uint32(10).string(m.resource);
                if (m.namespace != null && $Object.hasOwnProperty.call(m, "namespace") && m.namespace !== "")
                    w.uint32(18).string(m.namespace);
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(26).string(m.name);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ObjectKey.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ObjectKey();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.resource = v;
                            else
                                delete m.resource;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.namespace = v;
                            else
                                delete m.namespace;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ObjectKey;
        })();

        v1.GetRequest = (function() {

            const GetRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            GetRequest.prototype.key = null;

            GetRequest.create = function(properties) {
                return new GetRequest(properties);
            };

            GetRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.key != null && $Object.hasOwnProperty.call(m, "key"))
                    $root.troupe.v1.ObjectKey.encode(m.key, w.uint32(10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            GetRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.GetRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.key = $root.troupe.v1.ObjectKey.decode(r, r.size(), $undefined, q + 1, m.key);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return GetRequest;
        })();

        v1.ListRequest = (function() {

            const ListRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ListRequest.prototype.resource = "";
            ListRequest.prototype.namespace = "";
            ListRequest.prototype.labelSelector = "";
            ListRequest.prototype.fieldSelector = "";
            ListRequest.prototype.limit = 0;
            ListRequest.prototype["continue"] = "";

            ListRequest.create = function(properties) {
                return new ListRequest(properties);
            };

            ListRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.resource != null && $Object.hasOwnProperty.call(m, "resource") && m.resource !== "")
                    w.uint32(10).string(m.resource);
                if (m.namespace != null && $Object.hasOwnProperty.call(m, "namespace") && m.namespace !== "")
                    w.uint32(18).string(m.namespace);
                if (m.labelSelector != null && $Object.hasOwnProperty.call(m, "labelSelector") && m.labelSelector !== "")
                    w.uint32(26).string(m.labelSelector);
                if (m.fieldSelector != null && $Object.hasOwnProperty.call(m, "fieldSelector") && m.fieldSelector !== "")
                    w.uint32(34).string(m.fieldSelector);
                if (m.limit != null && $Object.hasOwnProperty.call(m, "limit") && m.limit !== 0)
                    w.uint32(40).int32(m.limit);
                if (m["continue"] != null && $Object.hasOwnProperty.call(m, "continue") && m["continue"] !== "")
                    w.uint32(50).string(m["continue"]);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ListRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ListRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.resource = v;
                            else
                                delete m.resource;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.namespace = v;
                            else
                                delete m.namespace;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.labelSelector = v;
                            else
                                delete m.labelSelector;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.fieldSelector = v;
                            else
                                delete m.fieldSelector;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.limit = v;
                            else
                                delete m.limit;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m["continue"] = v;
                            else
                                delete m["continue"];
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ListRequest;
        })();

        v1.Preconditions = (function() {

            const Preconditions = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Preconditions.prototype.uid = "";
            Preconditions.prototype.resourceVersion = "";

            Preconditions.create = function(properties) {
                return new Preconditions(properties);
            };

            Preconditions.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.uid != null && $Object.hasOwnProperty.call(m, "uid") && m.uid !== "")
                    w.uint32(10).string(m.uid);
                if (m.resourceVersion != null && $Object.hasOwnProperty.call(m, "resourceVersion") && m.resourceVersion !== "")
                    w.uint32(18).string(m.resourceVersion);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Preconditions.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.Preconditions();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.uid = v;
                            else
                                delete m.uid;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.resourceVersion = v;
                            else
                                delete m.resourceVersion;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return Preconditions;
        })();

        v1.DeleteRequest = (function() {

            const DeleteRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            DeleteRequest.prototype.key = null;
            DeleteRequest.prototype.preconditions = null;
            DeleteRequest.prototype.propagationPolicy = "";
            DeleteRequest.prototype.gracePeriodSeconds = null;
            DeleteRequest.prototype.dryRun = false;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DeleteRequest.prototype, "_gracePeriodSeconds", {
                get: $util.oneOfGetter($oneOfFields = ["gracePeriodSeconds"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            DeleteRequest.create = function(properties) {
                return new DeleteRequest(properties);
            };

            DeleteRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.key != null && $Object.hasOwnProperty.call(m, "key"))
                    $root.troupe.v1.ObjectKey.encode(m.key, w.uint32(10).fork(), q + 1).ldelim();
                if (m.preconditions != null && $Object.hasOwnProperty.call(m, "preconditions"))
                    $root.troupe.v1.Preconditions.encode(m.preconditions, w.uint32(18).fork(), q + 1).ldelim();
                if (m.propagationPolicy != null && $Object.hasOwnProperty.call(m, "propagationPolicy") && m.propagationPolicy !== "")
                    w.uint32(26).string(m.propagationPolicy);
                if (m.gracePeriodSeconds != null && $Object.hasOwnProperty.call(m, "gracePeriodSeconds"))
                    w.uint32(32).int64(m.gracePeriodSeconds);
                if (m.dryRun != null && $Object.hasOwnProperty.call(m, "dryRun") && m.dryRun !== false)
                    w.uint32(40).bool(m.dryRun);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            DeleteRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.DeleteRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.key = $root.troupe.v1.ObjectKey.decode(r, r.size(), $undefined, q + 1, m.key);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.preconditions = $root.troupe.v1.Preconditions.decode(r, r.size(), $undefined, q + 1, m.preconditions);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.propagationPolicy = v;
                            else
                                delete m.propagationPolicy;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            m.gracePeriodSeconds = r.int64();
                            m._gracePeriodSeconds = "gracePeriodSeconds";
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.dryRun = v;
                            else
                                delete m.dryRun;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return DeleteRequest;
        })();

        v1.WatchRequest = (function() {

            const WatchRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            WatchRequest.prototype.resource = "";
            WatchRequest.prototype.namespace = "";
            WatchRequest.prototype.labelSelector = "";
            WatchRequest.prototype.fieldSelector = "";
            WatchRequest.prototype.resourceVersion = "";
            WatchRequest.prototype.deliverTo = "";
            WatchRequest.prototype.idleTimeoutSeconds = 0;
            WatchRequest.prototype.sendInitialEvents = false;

            WatchRequest.create = function(properties) {
                return new WatchRequest(properties);
            };

            WatchRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.resource != null && $Object.hasOwnProperty.call(m, "resource") && m.resource !== "")
                    w.uint32(10).string(m.resource);
                if (m.namespace != null && $Object.hasOwnProperty.call(m, "namespace") && m.namespace !== "")
                    w.uint32(18).string(m.namespace);
                if (m.labelSelector != null && $Object.hasOwnProperty.call(m, "labelSelector") && m.labelSelector !== "")
                    w.uint32(26).string(m.labelSelector);
                if (m.fieldSelector != null && $Object.hasOwnProperty.call(m, "fieldSelector") && m.fieldSelector !== "")
                    w.uint32(34).string(m.fieldSelector);
                if (m.resourceVersion != null && $Object.hasOwnProperty.call(m, "resourceVersion") && m.resourceVersion !== "")
                    w.uint32(42).string(m.resourceVersion);
                if (m.deliverTo != null && $Object.hasOwnProperty.call(m, "deliverTo") && m.deliverTo !== "")
                    w.uint32(50).string(m.deliverTo);
                if (m.idleTimeoutSeconds != null && $Object.hasOwnProperty.call(m, "idleTimeoutSeconds") && m.idleTimeoutSeconds !== 0)
                    w.uint32(56).int32(m.idleTimeoutSeconds);
                if (m.sendInitialEvents != null && $Object.hasOwnProperty.call(m, "sendInitialEvents") && m.sendInitialEvents !== false)
                    w.uint32(64).bool(m.sendInitialEvents);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            WatchRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.WatchRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.resource = v;
                            else
                                delete m.resource;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.namespace = v;
                            else
                                delete m.namespace;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.labelSelector = v;
                            else
                                delete m.labelSelector;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.fieldSelector = v;
                            else
                                delete m.fieldSelector;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.resourceVersion = v;
                            else
                                delete m.resourceVersion;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.deliverTo = v;
                            else
                                delete m.deliverTo;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.idleTimeoutSeconds = v;
                            else
                                delete m.idleTimeoutSeconds;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.sendInitialEvents = v;
                            else
                                delete m.sendInitialEvents;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return WatchRequest;
        })();

        v1.WatchStarted = (function() {

            const WatchStarted = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            WatchStarted.prototype.watchId = "";
            WatchStarted.prototype.controlSubject = "";
            WatchStarted.prototype.resourceVersion = "";

            WatchStarted.create = function(properties) {
                return new WatchStarted(properties);
            };

            WatchStarted.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.watchId != null && $Object.hasOwnProperty.call(m, "watchId") && m.watchId !== "")
                    w.uint32(10).string(m.watchId);
                if (m.controlSubject != null && $Object.hasOwnProperty.call(m, "controlSubject") && m.controlSubject !== "")
                    w.uint32(18).string(m.controlSubject);
                if (m.resourceVersion != null && $Object.hasOwnProperty.call(m, "resourceVersion") && m.resourceVersion !== "")
                    w.uint32(26).string(m.resourceVersion);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            WatchStarted.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.WatchStarted();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.watchId = v;
                            else
                                delete m.watchId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.controlSubject = v;
                            else
                                delete m.controlSubject;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.resourceVersion = v;
                            else
                                delete m.resourceVersion;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return WatchStarted;
        })();

        v1.WatchControl = (function() {

            const WatchControl = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            WatchControl.prototype.action = "";

            WatchControl.create = function(properties) {
                return new WatchControl(properties);
            };

            WatchControl.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.action != null && $Object.hasOwnProperty.call(m, "action") && m.action !== "")
                    w.uint32(10).string(m.action);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            WatchControl.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.WatchControl();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.action = v;
                            else
                                delete m.action;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return WatchControl;
        })();

        v1.WatchEvent = (function() {

            const WatchEvent = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            WatchEvent.prototype.type = "";
            WatchEvent.prototype.object = null;

            WatchEvent.create = function(properties) {
                return new WatchEvent(properties);
            };

            WatchEvent.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== "")
                    w.uint32(10).string(m.type);
                if (m.object != null && $Object.hasOwnProperty.call(m, "object"))
                    $root.troupe.v1.RawObject.encode(m.object, w.uint32(18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            WatchEvent.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.WatchEvent();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.object = $root.troupe.v1.RawObject.decode(r, r.size(), $undefined, q + 1, m.object);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return WatchEvent;
        })();

        v1.StatusCause = (function() {

            const StatusCause = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            StatusCause.prototype.reason = "";
            StatusCause.prototype.message = "";
            StatusCause.prototype.field = "";

            StatusCause.create = function(properties) {
                return new StatusCause(properties);
            };

            StatusCause.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(10).string(m.reason);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(18).string(m.message);
                if (m.field != null && $Object.hasOwnProperty.call(m, "field") && m.field !== "")
                    w.uint32(26).string(m.field);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            StatusCause.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.StatusCause();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.field = v;
                            else
                                delete m.field;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return StatusCause;
        })();

        v1.StatusDetails = (function() {

            const StatusDetails = function (p) {
                this.causes = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            StatusDetails.prototype.name = "";
            StatusDetails.prototype.group = "";
            StatusDetails.prototype.kind = "";
            StatusDetails.prototype.uid = "";
            StatusDetails.prototype.causes = $util.emptyArray;
            StatusDetails.prototype.retryAfterSeconds = 0;

            StatusDetails.create = function(properties) {
                return new StatusDetails(properties);
            };

            StatusDetails.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(10).string(m.name);
                if (m.group != null && $Object.hasOwnProperty.call(m, "group") && m.group !== "")
                    w.uint32(18).string(m.group);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(26).string(m.kind);
                if (m.uid != null && $Object.hasOwnProperty.call(m, "uid") && m.uid !== "")
                    w.uint32(34).string(m.uid);
                if (m.causes != null && m.causes.length) {
                    for (var i = 0; i < m.causes.length; ++i)
                        $root.troupe.v1.StatusCause.encode(m.causes[i], w.uint32(42).fork(), q + 1).ldelim();
                }
                if (m.retryAfterSeconds != null && $Object.hasOwnProperty.call(m, "retryAfterSeconds") && m.retryAfterSeconds !== 0)
                    w.uint32(48).int32(m.retryAfterSeconds);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            StatusDetails.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.StatusDetails();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.group = v;
                            else
                                delete m.group;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.uid = v;
                            else
                                delete m.uid;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.causes && m.causes.length))
                                m.causes = [];
                            m.causes.push($root.troupe.v1.StatusCause.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.retryAfterSeconds = v;
                            else
                                delete m.retryAfterSeconds;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return StatusDetails;
        })();

        v1.Status = (function() {

            const Status = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Status.prototype.apiVersion = "";
            Status.prototype.kind = "";
            Status.prototype.metadata = null;
            Status.prototype.status = "";
            Status.prototype.message = "";
            Status.prototype.reason = "";
            Status.prototype.details = null;
            Status.prototype.code = 0;

            Status.create = function(properties) {
                return new Status(properties);
            };

            Status.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.apiVersion != null && $Object.hasOwnProperty.call(m, "apiVersion") && m.apiVersion !== "")
                    w.uint32(10).string(m.apiVersion);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(18).string(m.kind);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.troupe.v1.ListMeta.encode(m.metadata, w.uint32(26).fork(), q + 1).ldelim();
                if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== "")
                    w.uint32(34).string(m.status);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(42).string(m.message);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(50).string(m.reason);
                if (m.details != null && $Object.hasOwnProperty.call(m, "details"))
                    $root.troupe.v1.StatusDetails.encode(m.details, w.uint32(58).fork(), q + 1).ldelim();
                if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== 0)
                    w.uint32(64).int32(m.code);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Status.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.Status();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.apiVersion = v;
                            else
                                delete m.apiVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.troupe.v1.ListMeta.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.status = v;
                            else
                                delete m.status;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            m.details = $root.troupe.v1.StatusDetails.decode(r, r.size(), $undefined, q + 1, m.details);
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.code = v;
                            else
                                delete m.code;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return Status;
        })();

        v1.APIResource = (function() {

            const APIResource = function (p) {
                this.shortNames = [];
                this.verbs = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            APIResource.prototype.kind = "";
            APIResource.prototype.apiVersion = "";
            APIResource.prototype.plural = "";
            APIResource.prototype.singular = "";
            APIResource.prototype.shortNames = $util.emptyArray;
            APIResource.prototype.namespaced = false;
            APIResource.prototype.verbs = $util.emptyArray;

            APIResource.create = function(properties) {
                return new APIResource(properties);
            };

            APIResource.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(10).string(m.kind);
                if (m.apiVersion != null && $Object.hasOwnProperty.call(m, "apiVersion") && m.apiVersion !== "")
                    w.uint32(18).string(m.apiVersion);
                if (m.plural != null && $Object.hasOwnProperty.call(m, "plural") && m.plural !== "")
                    w.uint32(26).string(m.plural);
                if (m.singular != null && $Object.hasOwnProperty.call(m, "singular") && m.singular !== "")
                    w.uint32(34).string(m.singular);
                if (m.shortNames != null && m.shortNames.length) {
                    for (var i = 0; i < m.shortNames.length; ++i)
                        w.uint32(42).string(m.shortNames[i]);
                }
                if (m.namespaced != null && $Object.hasOwnProperty.call(m, "namespaced") && m.namespaced !== false)
                    w.uint32(48).bool(m.namespaced);
                if (m.verbs != null && m.verbs.length) {
                    for (var i = 0; i < m.verbs.length; ++i)
                        w.uint32(58).string(m.verbs[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            APIResource.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.APIResource();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.apiVersion = v;
                            else
                                delete m.apiVersion;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.plural = v;
                            else
                                delete m.plural;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.singular = v;
                            else
                                delete m.singular;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.shortNames && m.shortNames.length))
                                m.shortNames = [];
                            m.shortNames.push(r.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.namespaced = v;
                            else
                                delete m.namespaced;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if (!(m.verbs && m.verbs.length))
                                m.verbs = [];
                            m.verbs.push(r.stringVerify());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return APIResource;
        })();

        v1.DiscoveryResponse = (function() {

            const DiscoveryResponse = function (p) {
                this.resources = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            DiscoveryResponse.prototype.serverVersion = "";
            DiscoveryResponse.prototype.resources = $util.emptyArray;

            DiscoveryResponse.create = function(properties) {
                return new DiscoveryResponse(properties);
            };

            DiscoveryResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.serverVersion != null && $Object.hasOwnProperty.call(m, "serverVersion") && m.serverVersion !== "")
                    w.uint32(10).string(m.serverVersion);
                if (m.resources != null && m.resources.length) {
                    for (var i = 0; i < m.resources.length; ++i)
                        $root.troupe.v1.APIResource.encode(m.resources[i], w.uint32(18).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            DiscoveryResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.DiscoveryResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.serverVersion = v;
                            else
                                delete m.serverVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.resources && m.resources.length))
                                m.resources = [];
                            m.resources.push($root.troupe.v1.APIResource.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return DiscoveryResponse;
        })();

        v1.BindRequest = (function() {

            const BindRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            BindRequest.prototype.namespace = "";
            BindRequest.prototype.name = "";
            BindRequest.prototype.nodeName = "";
            BindRequest.prototype.uid = "";

            BindRequest.create = function(properties) {
                return new BindRequest(properties);
            };

            BindRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.namespace != null && $Object.hasOwnProperty.call(m, "namespace") && m.namespace !== "")
                    w.uint32(10).string(m.namespace);
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(18).string(m.name);
                if (m.nodeName != null && $Object.hasOwnProperty.call(m, "nodeName") && m.nodeName !== "")
                    w.uint32(26).string(m.nodeName);
                if (m.uid != null && $Object.hasOwnProperty.call(m, "uid") && m.uid !== "")
                    w.uint32(34).string(m.uid);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            BindRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.BindRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.namespace = v;
                            else
                                delete m.namespace;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nodeName = v;
                            else
                                delete m.nodeName;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.uid = v;
                            else
                                delete m.uid;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return BindRequest;
        })();

        v1.EvictDeleteOptions = (function() {

            const EvictDeleteOptions = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            EvictDeleteOptions.prototype.gracePeriodSeconds = null;
            EvictDeleteOptions.prototype.preconditions = null;
            EvictDeleteOptions.prototype.propagationPolicy = "";

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(EvictDeleteOptions.prototype, "_gracePeriodSeconds", {
                get: $util.oneOfGetter($oneOfFields = ["gracePeriodSeconds"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            EvictDeleteOptions.create = function(properties) {
                return new EvictDeleteOptions(properties);
            };

            EvictDeleteOptions.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.gracePeriodSeconds != null && $Object.hasOwnProperty.call(m, "gracePeriodSeconds"))
                    w.uint32(8).int64(m.gracePeriodSeconds);
                if (m.preconditions != null && $Object.hasOwnProperty.call(m, "preconditions"))
                    $root.troupe.v1.Preconditions.encode(m.preconditions, w.uint32(18).fork(), q + 1).ldelim();
                if (m.propagationPolicy != null && $Object.hasOwnProperty.call(m, "propagationPolicy") && m.propagationPolicy !== "")
                    w.uint32(26).string(m.propagationPolicy);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            EvictDeleteOptions.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.EvictDeleteOptions();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            m.gracePeriodSeconds = r.int64();
                            m._gracePeriodSeconds = "gracePeriodSeconds";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.preconditions = $root.troupe.v1.Preconditions.decode(r, r.size(), $undefined, q + 1, m.preconditions);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.propagationPolicy = v;
                            else
                                delete m.propagationPolicy;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return EvictDeleteOptions;
        })();

        v1.EvictRequest = (function() {

            const EvictRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            EvictRequest.prototype.key = null;
            EvictRequest.prototype.deleteOptions = null;
            EvictRequest.prototype.dryRun = false;

            EvictRequest.create = function(properties) {
                return new EvictRequest(properties);
            };

            EvictRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.key != null && $Object.hasOwnProperty.call(m, "key"))
                    $root.troupe.v1.ObjectKey.encode(m.key, w.uint32(10).fork(), q + 1).ldelim();
                if (m.deleteOptions != null && $Object.hasOwnProperty.call(m, "deleteOptions"))
                    $root.troupe.v1.EvictDeleteOptions.encode(m.deleteOptions, w.uint32(18).fork(), q + 1).ldelim();
                if (m.dryRun != null && $Object.hasOwnProperty.call(m, "dryRun") && m.dryRun !== false)
                    w.uint32(24).bool(m.dryRun);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            EvictRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.EvictRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.key = $root.troupe.v1.ObjectKey.decode(r, r.size(), $undefined, q + 1, m.key);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.deleteOptions = $root.troupe.v1.EvictDeleteOptions.decode(r, r.size(), $undefined, q + 1, m.deleteOptions);
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.dryRun = v;
                            else
                                delete m.dryRun;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return EvictRequest;
        })();

        v1.OwnerReference = (function() {

            const OwnerReference = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            OwnerReference.prototype.apiVersion = "";
            OwnerReference.prototype.kind = "";
            OwnerReference.prototype.name = "";
            OwnerReference.prototype.uid = "";
            OwnerReference.prototype.controller = null;
            OwnerReference.prototype.blockOwnerDeletion = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(OwnerReference.prototype, "_controller", {
                get: $util.oneOfGetter($oneOfFields = ["controller"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(OwnerReference.prototype, "_blockOwnerDeletion", {
                get: $util.oneOfGetter($oneOfFields = ["blockOwnerDeletion"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            OwnerReference.create = function(properties) {
                return new OwnerReference(properties);
            };

            OwnerReference.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.apiVersion != null && $Object.hasOwnProperty.call(m, "apiVersion") && m.apiVersion !== "")
                    w.uint32(10).string(m.apiVersion);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(18).string(m.kind);
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(26).string(m.name);
                if (m.uid != null && $Object.hasOwnProperty.call(m, "uid") && m.uid !== "")
                    w.uint32(34).string(m.uid);
                if (m.controller != null && $Object.hasOwnProperty.call(m, "controller"))
                    w.uint32(40).bool(m.controller);
                if (m.blockOwnerDeletion != null && $Object.hasOwnProperty.call(m, "blockOwnerDeletion"))
                    w.uint32(48).bool(m.blockOwnerDeletion);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            OwnerReference.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.OwnerReference();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.apiVersion = v;
                            else
                                delete m.apiVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.uid = v;
                            else
                                delete m.uid;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            m.controller = r.bool();
                            m._controller = "controller";
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            m.blockOwnerDeletion = r.bool();
                            m._blockOwnerDeletion = "blockOwnerDeletion";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return OwnerReference;
        })();

        v1.ObjectMeta = (function() {

            const ObjectMeta = function (p) {
                this.labels = {};
                this.annotations = {};
                this.ownerReferences = [];
                this.finalizers = [];
                this.managedFields = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ObjectMeta.prototype.name = "";
            ObjectMeta.prototype.generateName = "";
            ObjectMeta.prototype.namespace = "";
            ObjectMeta.prototype.uid = "";
            ObjectMeta.prototype.resourceVersion = "";
            ObjectMeta.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ObjectMeta.prototype.creationTimestamp = "";
            ObjectMeta.prototype.deletionTimestamp = "";
            ObjectMeta.prototype.deletionGracePeriodSeconds = null;
            ObjectMeta.prototype.labels = $util.emptyObject;
            ObjectMeta.prototype.annotations = $util.emptyObject;
            ObjectMeta.prototype.ownerReferences = $util.emptyArray;
            ObjectMeta.prototype.finalizers = $util.emptyArray;
            ObjectMeta.prototype.managedFields = $util.emptyArray;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ObjectMeta.prototype, "_deletionGracePeriodSeconds", {
                get: $util.oneOfGetter($oneOfFields = ["deletionGracePeriodSeconds"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ObjectMeta.create = function(properties) {
                return new ObjectMeta(properties);
            };

            ObjectMeta.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(10).string(m.name);
                if (m.generateName != null && $Object.hasOwnProperty.call(m, "generateName") && m.generateName !== "")
                    w.uint32(18).string(m.generateName);
                if (m.namespace != null && $Object.hasOwnProperty.call(m, "namespace") && m.namespace !== "")
                    w.uint32(26).string(m.namespace);
                if (m.uid != null && $Object.hasOwnProperty.call(m, "uid") && m.uid !== "")
                    w.uint32(34).string(m.uid);
                if (m.resourceVersion != null && $Object.hasOwnProperty.call(m, "resourceVersion") && m.resourceVersion !== "")
                    w.uint32(42).string(m.resourceVersion);
                if (m.generation != null && $Object.hasOwnProperty.call(m, "generation") && (typeof m.generation === "object" ? m.generation.low || m.generation.high : m.generation !== 0))
                    w.uint32(48).int64(m.generation);
                if (m.creationTimestamp != null && $Object.hasOwnProperty.call(m, "creationTimestamp") && m.creationTimestamp !== "")
                    w.uint32(58).string(m.creationTimestamp);
                if (m.deletionTimestamp != null && $Object.hasOwnProperty.call(m, "deletionTimestamp") && m.deletionTimestamp !== "")
                    w.uint32(66).string(m.deletionTimestamp);
                if (m.deletionGracePeriodSeconds != null && $Object.hasOwnProperty.call(m, "deletionGracePeriodSeconds"))
                    w.uint32(72).int64(m.deletionGracePeriodSeconds);
                if (m.labels != null && $Object.hasOwnProperty.call(m, "labels")) {
                    for (var ks = $Object.keys(m.labels), i = 0; i < ks.length; ++i) {
                        w.uint32(82).fork().uint32(10).string(ks[i]).uint32(18).string(m.labels[ks[i]]).ldelim();
                    }
                }
                if (m.annotations != null && $Object.hasOwnProperty.call(m, "annotations")) {
                    for (var ks = $Object.keys(m.annotations), i = 0; i < ks.length; ++i) {
                        w.uint32(90).fork().uint32(10).string(ks[i]).uint32(18).string(m.annotations[ks[i]]).ldelim();
                    }
                }
                if (m.ownerReferences != null && m.ownerReferences.length) {
                    for (var i = 0; i < m.ownerReferences.length; ++i)
                        $root.troupe.v1.OwnerReference.encode(m.ownerReferences[i], w.uint32(98).fork(), q + 1).ldelim();
                }
                if (m.finalizers != null && m.finalizers.length) {
                    for (var i = 0; i < m.finalizers.length; ++i)
                        w.uint32(106).string(m.finalizers[i]);
                }
                if (m.managedFields != null && m.managedFields.length) {
                    for (var i = 0; i < m.managedFields.length; ++i)
                        $root.troupe.v1.ManagedFieldsEntry.encode(m.managedFields[i], w.uint32(114).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ObjectMeta.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ObjectMeta();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.generateName = v;
                            else
                                delete m.generateName;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.namespace = v;
                            else
                                delete m.namespace;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.uid = v;
                            else
                                delete m.uid;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.resourceVersion = v;
                            else
                                delete m.resourceVersion;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.generation = v;
                            else
                                delete m.generation;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.creationTimestamp = v;
                            else
                                delete m.creationTimestamp;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.deletionTimestamp = v;
                            else
                                delete m.deletionTimestamp;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            m.deletionGracePeriodSeconds = r.int64();
                            m._deletionGracePeriodSeconds = "deletionGracePeriodSeconds";
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if (m.labels === $util.emptyObject)
                                m.labels = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.labels, k);
                            m.labels[k] = v;
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            if (m.annotations === $util.emptyObject)
                                m.annotations = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.annotations, k);
                            m.annotations[k] = v;
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            if (!(m.ownerReferences && m.ownerReferences.length))
                                m.ownerReferences = [];
                            m.ownerReferences.push($root.troupe.v1.OwnerReference.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            if (!(m.finalizers && m.finalizers.length))
                                m.finalizers = [];
                            m.finalizers.push(r.stringVerify());
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            if (!(m.managedFields && m.managedFields.length))
                                m.managedFields = [];
                            m.managedFields.push($root.troupe.v1.ManagedFieldsEntry.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ObjectMeta;
        })();

        v1.ManagedFieldsEntry = (function() {

            const ManagedFieldsEntry = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ManagedFieldsEntry.prototype.manager = "";
            ManagedFieldsEntry.prototype.operation = "";
            ManagedFieldsEntry.prototype.apiVersion = "";
            ManagedFieldsEntry.prototype.time = "";
            ManagedFieldsEntry.prototype.fieldsType = "";
            ManagedFieldsEntry.prototype.fieldsV1 = null;
            ManagedFieldsEntry.prototype.subresource = "";

            ManagedFieldsEntry.create = function(properties) {
                return new ManagedFieldsEntry(properties);
            };

            ManagedFieldsEntry.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.manager != null && $Object.hasOwnProperty.call(m, "manager") && m.manager !== "")
                    w.uint32(10).string(m.manager);
                if (m.operation != null && $Object.hasOwnProperty.call(m, "operation") && m.operation !== "")
                    w.uint32(18).string(m.operation);
                if (m.apiVersion != null && $Object.hasOwnProperty.call(m, "apiVersion") && m.apiVersion !== "")
                    w.uint32(26).string(m.apiVersion);
                if (m.time != null && $Object.hasOwnProperty.call(m, "time") && m.time !== "")
                    w.uint32(34).string(m.time);
                if (m.fieldsType != null && $Object.hasOwnProperty.call(m, "fieldsType") && m.fieldsType !== "")
                    w.uint32(42).string(m.fieldsType);
                if (m.fieldsV1 != null && $Object.hasOwnProperty.call(m, "fieldsV1"))
                    $root.troupe.v1.FieldsV1.encode(m.fieldsV1, w.uint32(50).fork(), q + 1).ldelim();
                if (m.subresource != null && $Object.hasOwnProperty.call(m, "subresource") && m.subresource !== "")
                    w.uint32(58).string(m.subresource);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ManagedFieldsEntry.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ManagedFieldsEntry();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.manager = v;
                            else
                                delete m.manager;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.operation = v;
                            else
                                delete m.operation;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.apiVersion = v;
                            else
                                delete m.apiVersion;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.time = v;
                            else
                                delete m.time;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.fieldsType = v;
                            else
                                delete m.fieldsType;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            m.fieldsV1 = $root.troupe.v1.FieldsV1.decode(r, r.size(), $undefined, q + 1, m.fieldsV1);
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.subresource = v;
                            else
                                delete m.subresource;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ManagedFieldsEntry;
        })();

        v1.FieldsV1 = (function() {

            const FieldsV1 = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            FieldsV1.prototype.raw = "";

            FieldsV1.create = function(properties) {
                return new FieldsV1(properties);
            };

            FieldsV1.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.raw != null && $Object.hasOwnProperty.call(m, "raw") && m.raw !== "")
                    w.uint32(10).string(m.raw);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            FieldsV1.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.FieldsV1();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.raw = v;
                            else
                                delete m.raw;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return FieldsV1;
        })();

        v1.ListMeta = (function() {

            const ListMeta = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ListMeta.prototype.resourceVersion = "";
            ListMeta.prototype["continue"] = "";
            ListMeta.prototype.remainingItemCount = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ListMeta.prototype, "_remainingItemCount", {
                get: $util.oneOfGetter($oneOfFields = ["remainingItemCount"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ListMeta.create = function(properties) {
                return new ListMeta(properties);
            };

            ListMeta.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.resourceVersion != null && $Object.hasOwnProperty.call(m, "resourceVersion") && m.resourceVersion !== "")
                    w.uint32(10).string(m.resourceVersion);
                if (m["continue"] != null && $Object.hasOwnProperty.call(m, "continue") && m["continue"] !== "")
                    w.uint32(18).string(m["continue"]);
                if (m.remainingItemCount != null && $Object.hasOwnProperty.call(m, "remainingItemCount"))
                    w.uint32(24).int64(m.remainingItemCount);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ListMeta.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ListMeta();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.resourceVersion = v;
                            else
                                delete m.resourceVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m["continue"] = v;
                            else
                                delete m["continue"];
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            m.remainingItemCount = r.int64();
                            m._remainingItemCount = "remainingItemCount";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ListMeta;
        })();

        v1.LabelSelectorRequirement = (function() {

            const LabelSelectorRequirement = function (p) {
                this.values = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            LabelSelectorRequirement.prototype.key = "";
            LabelSelectorRequirement.prototype.operator = "";
            LabelSelectorRequirement.prototype.values = $util.emptyArray;

            LabelSelectorRequirement.create = function(properties) {
                return new LabelSelectorRequirement(properties);
            };

            LabelSelectorRequirement.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                    w.uint32(10).string(m.key);
                if (m.operator != null && $Object.hasOwnProperty.call(m, "operator") && m.operator !== "")
                    w.uint32(18).string(m.operator);
                if (m.values != null && m.values.length) {
                    for (var i = 0; i < m.values.length; ++i)
                        w.uint32(26).string(m.values[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            LabelSelectorRequirement.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.LabelSelectorRequirement();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.key = v;
                            else
                                delete m.key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.operator = v;
                            else
                                delete m.operator;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.values && m.values.length))
                                m.values = [];
                            m.values.push(r.stringVerify());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return LabelSelectorRequirement;
        })();

        v1.LabelSelector = (function() {

            const LabelSelector = function (p) {
                this.matchLabels = {};
                this.matchExpressions = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            LabelSelector.prototype.matchLabels = $util.emptyObject;
            LabelSelector.prototype.matchExpressions = $util.emptyArray;

            LabelSelector.create = function(properties) {
                return new LabelSelector(properties);
            };

            LabelSelector.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.matchLabels != null && $Object.hasOwnProperty.call(m, "matchLabels")) {
                    for (var ks = $Object.keys(m.matchLabels), i = 0; i < ks.length; ++i) {
                        w.uint32(10).fork().uint32(10).string(ks[i]).uint32(18).string(m.matchLabels[ks[i]]).ldelim();
                    }
                }
                if (m.matchExpressions != null && m.matchExpressions.length) {
                    for (var i = 0; i < m.matchExpressions.length; ++i)
                        $root.troupe.v1.LabelSelectorRequirement.encode(m.matchExpressions[i], w.uint32(18).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            LabelSelector.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.LabelSelector();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (m.matchLabels === $util.emptyObject)
                                m.matchLabels = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.matchLabels, k);
                            m.matchLabels[k] = v;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.matchExpressions && m.matchExpressions.length))
                                m.matchExpressions = [];
                            m.matchExpressions.push($root.troupe.v1.LabelSelectorRequirement.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return LabelSelector;
        })();

        v1.Condition = (function() {

            const Condition = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Condition.prototype.type = "";
            Condition.prototype.status = "";
            Condition.prototype.observedGeneration = null;
            Condition.prototype.lastTransitionTime = "";
            Condition.prototype.lastUpdateTime = "";
            Condition.prototype.lastProbeTime = "";
            Condition.prototype.lastHeartbeatTime = "";
            Condition.prototype.reason = "";
            Condition.prototype.message = "";

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Condition.prototype, "_observedGeneration", {
                get: $util.oneOfGetter($oneOfFields = ["observedGeneration"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Condition.create = function(properties) {
                return new Condition(properties);
            };

            Condition.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== "")
                    w.uint32(10).string(m.type);
                if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== "")
                    w.uint32(18).string(m.status);
                if (m.observedGeneration != null && $Object.hasOwnProperty.call(m, "observedGeneration"))
                    w.uint32(24).int64(m.observedGeneration);
                if (m.lastTransitionTime != null && $Object.hasOwnProperty.call(m, "lastTransitionTime") && m.lastTransitionTime !== "")
                    w.uint32(34).string(m.lastTransitionTime);
                if (m.lastUpdateTime != null && $Object.hasOwnProperty.call(m, "lastUpdateTime") && m.lastUpdateTime !== "")
                    w.uint32(42).string(m.lastUpdateTime);
                if (m.lastProbeTime != null && $Object.hasOwnProperty.call(m, "lastProbeTime") && m.lastProbeTime !== "")
                    w.uint32(50).string(m.lastProbeTime);
                if (m.lastHeartbeatTime != null && $Object.hasOwnProperty.call(m, "lastHeartbeatTime") && m.lastHeartbeatTime !== "")
                    w.uint32(58).string(m.lastHeartbeatTime);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(66).string(m.reason);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(74).string(m.message);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Condition.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.Condition();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.status = v;
                            else
                                delete m.status;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            m.observedGeneration = r.int64();
                            m._observedGeneration = "observedGeneration";
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.lastTransitionTime = v;
                            else
                                delete m.lastTransitionTime;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.lastUpdateTime = v;
                            else
                                delete m.lastUpdateTime;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.lastProbeTime = v;
                            else
                                delete m.lastProbeTime;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.lastHeartbeatTime = v;
                            else
                                delete m.lastHeartbeatTime;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return Condition;
        })();

        v1.IntOrString = (function() {

            const IntOrString = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            IntOrString.prototype.intVal = null;
            IntOrString.prototype.strVal = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(IntOrString.prototype, "_intVal", {
                get: $util.oneOfGetter($oneOfFields = ["intVal"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(IntOrString.prototype, "_strVal", {
                get: $util.oneOfGetter($oneOfFields = ["strVal"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            IntOrString.create = function(properties) {
                return new IntOrString(properties);
            };

            IntOrString.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.intVal != null && $Object.hasOwnProperty.call(m, "intVal"))
                    w.uint32(8).int32(m.intVal);
                if (m.strVal != null && $Object.hasOwnProperty.call(m, "strVal"))
                    w.uint32(18).string(m.strVal);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            IntOrString.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.IntOrString();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            m.intVal = r.int32();
                            m._intVal = "intVal";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.strVal = r.stringVerify();
                            m._strVal = "strVal";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return IntOrString;
        })();

        v1.ObjectReference = (function() {

            const ObjectReference = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ObjectReference.prototype.kind = "";
            ObjectReference.prototype.namespace = "";
            ObjectReference.prototype.name = "";
            ObjectReference.prototype.uid = "";
            ObjectReference.prototype.apiVersion = "";
            ObjectReference.prototype.resourceVersion = "";
            ObjectReference.prototype.fieldPath = "";

            ObjectReference.create = function(properties) {
                return new ObjectReference(properties);
            };

            ObjectReference.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(10).string(m.kind);
                if (m.namespace != null && $Object.hasOwnProperty.call(m, "namespace") && m.namespace !== "")
                    w.uint32(18).string(m.namespace);
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(26).string(m.name);
                if (m.uid != null && $Object.hasOwnProperty.call(m, "uid") && m.uid !== "")
                    w.uint32(34).string(m.uid);
                if (m.apiVersion != null && $Object.hasOwnProperty.call(m, "apiVersion") && m.apiVersion !== "")
                    w.uint32(42).string(m.apiVersion);
                if (m.resourceVersion != null && $Object.hasOwnProperty.call(m, "resourceVersion") && m.resourceVersion !== "")
                    w.uint32(50).string(m.resourceVersion);
                if (m.fieldPath != null && $Object.hasOwnProperty.call(m, "fieldPath") && m.fieldPath !== "")
                    w.uint32(58).string(m.fieldPath);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ObjectReference.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ObjectReference();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.namespace = v;
                            else
                                delete m.namespace;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.uid = v;
                            else
                                delete m.uid;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.apiVersion = v;
                            else
                                delete m.apiVersion;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.resourceVersion = v;
                            else
                                delete m.resourceVersion;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.fieldPath = v;
                            else
                                delete m.fieldPath;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ObjectReference;
        })();

        v1.LocalObjectReference = (function() {

            const LocalObjectReference = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            LocalObjectReference.prototype.name = "";

            LocalObjectReference.create = function(properties) {
                return new LocalObjectReference(properties);
            };

            LocalObjectReference.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(10).string(m.name);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            LocalObjectReference.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.LocalObjectReference();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return LocalObjectReference;
        })();

        v1.ReplicaSetSpec = (function() {

            const ReplicaSetSpec = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ReplicaSetSpec.prototype.replicas = null;
            ReplicaSetSpec.prototype.minReadySeconds = 0;
            ReplicaSetSpec.prototype.selector = null;
            ReplicaSetSpec.prototype.template = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ReplicaSetSpec.prototype, "_replicas", {
                get: $util.oneOfGetter($oneOfFields = ["replicas"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ReplicaSetSpec.create = function(properties) {
                return new ReplicaSetSpec(properties);
            };

            ReplicaSetSpec.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.replicas != null && $Object.hasOwnProperty.call(m, "replicas"))
                    w.uint32(8).int32(m.replicas);
                if (m.minReadySeconds != null && $Object.hasOwnProperty.call(m, "minReadySeconds") && m.minReadySeconds !== 0)
                    w.uint32(16).int32(m.minReadySeconds);
                if (m.selector != null && $Object.hasOwnProperty.call(m, "selector"))
                    $root.troupe.v1.LabelSelector.encode(m.selector, w.uint32(26).fork(), q + 1).ldelim();
                if (m.template != null && $Object.hasOwnProperty.call(m, "template"))
                    $root.troupe.v1.PodTemplateSpec.encode(m.template, w.uint32(34).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ReplicaSetSpec.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ReplicaSetSpec();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            m.replicas = r.int32();
                            m._replicas = "replicas";
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.minReadySeconds = v;
                            else
                                delete m.minReadySeconds;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.selector = $root.troupe.v1.LabelSelector.decode(r, r.size(), $undefined, q + 1, m.selector);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.template = $root.troupe.v1.PodTemplateSpec.decode(r, r.size(), $undefined, q + 1, m.template);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ReplicaSetSpec;
        })();

        v1.ReplicaSetStatus = (function() {

            const ReplicaSetStatus = function (p) {
                this.conditions = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ReplicaSetStatus.prototype.replicas = 0;
            ReplicaSetStatus.prototype.fullyLabeledReplicas = 0;
            ReplicaSetStatus.prototype.readyReplicas = 0;
            ReplicaSetStatus.prototype.availableReplicas = 0;
            ReplicaSetStatus.prototype.observedGeneration = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ReplicaSetStatus.prototype.conditions = $util.emptyArray;

            ReplicaSetStatus.create = function(properties) {
                return new ReplicaSetStatus(properties);
            };

            ReplicaSetStatus.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.replicas != null && $Object.hasOwnProperty.call(m, "replicas") && m.replicas !== 0)
                    w.uint32(8).int32(m.replicas);
                if (m.fullyLabeledReplicas != null && $Object.hasOwnProperty.call(m, "fullyLabeledReplicas") && m.fullyLabeledReplicas !== 0)
                    w.uint32(16).int32(m.fullyLabeledReplicas);
                if (m.readyReplicas != null && $Object.hasOwnProperty.call(m, "readyReplicas") && m.readyReplicas !== 0)
                    w.uint32(24).int32(m.readyReplicas);
                if (m.availableReplicas != null && $Object.hasOwnProperty.call(m, "availableReplicas") && m.availableReplicas !== 0)
                    w.uint32(32).int32(m.availableReplicas);
                if (m.observedGeneration != null && $Object.hasOwnProperty.call(m, "observedGeneration") && (typeof m.observedGeneration === "object" ? m.observedGeneration.low || m.observedGeneration.high : m.observedGeneration !== 0))
                    w.uint32(40).int64(m.observedGeneration);
                if (m.conditions != null && m.conditions.length) {
                    for (var i = 0; i < m.conditions.length; ++i)
                        $root.troupe.v1.Condition.encode(m.conditions[i], w.uint32(50).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ReplicaSetStatus.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ReplicaSetStatus();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.replicas = v;
                            else
                                delete m.replicas;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.fullyLabeledReplicas = v;
                            else
                                delete m.fullyLabeledReplicas;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.readyReplicas = v;
                            else
                                delete m.readyReplicas;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.availableReplicas = v;
                            else
                                delete m.availableReplicas;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.observedGeneration = v;
                            else
                                delete m.observedGeneration;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if (!(m.conditions && m.conditions.length))
                                m.conditions = [];
                            m.conditions.push($root.troupe.v1.Condition.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ReplicaSetStatus;
        })();

        v1.ReplicaSet = (function() {

            const ReplicaSet = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ReplicaSet.prototype.apiVersion = "";
            ReplicaSet.prototype.kind = "";
            ReplicaSet.prototype.metadata = null;
            ReplicaSet.prototype.spec = null;
            ReplicaSet.prototype.status = null;

            ReplicaSet.create = function(properties) {
                return new ReplicaSet(properties);
            };

            ReplicaSet.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.apiVersion != null && $Object.hasOwnProperty.call(m, "apiVersion") && m.apiVersion !== "")
                    w.uint32(10).string(m.apiVersion);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(18).string(m.kind);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.troupe.v1.ObjectMeta.encode(m.metadata, w.uint32(26).fork(), q + 1).ldelim();
                if (m.spec != null && $Object.hasOwnProperty.call(m, "spec"))
                    $root.troupe.v1.ReplicaSetSpec.encode(m.spec, w.uint32(34).fork(), q + 1).ldelim();
                if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                    $root.troupe.v1.ReplicaSetStatus.encode(m.status, w.uint32(42).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ReplicaSet.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ReplicaSet();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.apiVersion = v;
                            else
                                delete m.apiVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.troupe.v1.ObjectMeta.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.spec = $root.troupe.v1.ReplicaSetSpec.decode(r, r.size(), $undefined, q + 1, m.spec);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.status = $root.troupe.v1.ReplicaSetStatus.decode(r, r.size(), $undefined, q + 1, m.status);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ReplicaSet;
        })();

        v1.RollingUpdateDeployment = (function() {

            const RollingUpdateDeployment = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            RollingUpdateDeployment.prototype.maxUnavailable = null;
            RollingUpdateDeployment.prototype.maxSurge = null;

            RollingUpdateDeployment.create = function(properties) {
                return new RollingUpdateDeployment(properties);
            };

            RollingUpdateDeployment.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.maxUnavailable != null && $Object.hasOwnProperty.call(m, "maxUnavailable"))
                    $root.troupe.v1.IntOrString.encode(m.maxUnavailable, w.uint32(10).fork(), q + 1).ldelim();
                if (m.maxSurge != null && $Object.hasOwnProperty.call(m, "maxSurge"))
                    $root.troupe.v1.IntOrString.encode(m.maxSurge, w.uint32(18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            RollingUpdateDeployment.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.RollingUpdateDeployment();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.maxUnavailable = $root.troupe.v1.IntOrString.decode(r, r.size(), $undefined, q + 1, m.maxUnavailable);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.maxSurge = $root.troupe.v1.IntOrString.decode(r, r.size(), $undefined, q + 1, m.maxSurge);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return RollingUpdateDeployment;
        })();

        v1.DeploymentStrategy = (function() {

            const DeploymentStrategy = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            DeploymentStrategy.prototype.type = "";
            DeploymentStrategy.prototype.rollingUpdate = null;

            DeploymentStrategy.create = function(properties) {
                return new DeploymentStrategy(properties);
            };

            DeploymentStrategy.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== "")
                    w.uint32(10).string(m.type);
                if (m.rollingUpdate != null && $Object.hasOwnProperty.call(m, "rollingUpdate"))
                    $root.troupe.v1.RollingUpdateDeployment.encode(m.rollingUpdate, w.uint32(18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            DeploymentStrategy.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.DeploymentStrategy();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.rollingUpdate = $root.troupe.v1.RollingUpdateDeployment.decode(r, r.size(), $undefined, q + 1, m.rollingUpdate);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return DeploymentStrategy;
        })();

        v1.DeploymentSpec = (function() {

            const DeploymentSpec = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            DeploymentSpec.prototype.replicas = null;
            DeploymentSpec.prototype.selector = null;
            DeploymentSpec.prototype.template = null;
            DeploymentSpec.prototype.strategy = null;
            DeploymentSpec.prototype.minReadySeconds = 0;
            DeploymentSpec.prototype.revisionHistoryLimit = null;
            DeploymentSpec.prototype.paused = null;
            DeploymentSpec.prototype.progressDeadlineSeconds = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DeploymentSpec.prototype, "_replicas", {
                get: $util.oneOfGetter($oneOfFields = ["replicas"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DeploymentSpec.prototype, "_revisionHistoryLimit", {
                get: $util.oneOfGetter($oneOfFields = ["revisionHistoryLimit"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DeploymentSpec.prototype, "_paused", {
                get: $util.oneOfGetter($oneOfFields = ["paused"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DeploymentSpec.prototype, "_progressDeadlineSeconds", {
                get: $util.oneOfGetter($oneOfFields = ["progressDeadlineSeconds"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            DeploymentSpec.create = function(properties) {
                return new DeploymentSpec(properties);
            };

            DeploymentSpec.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.replicas != null && $Object.hasOwnProperty.call(m, "replicas"))
                    w.uint32(8).int32(m.replicas);
                if (m.selector != null && $Object.hasOwnProperty.call(m, "selector"))
                    $root.troupe.v1.LabelSelector.encode(m.selector, w.uint32(18).fork(), q + 1).ldelim();
                if (m.template != null && $Object.hasOwnProperty.call(m, "template"))
                    $root.troupe.v1.PodTemplateSpec.encode(m.template, w.uint32(26).fork(), q + 1).ldelim();
                if (m.strategy != null && $Object.hasOwnProperty.call(m, "strategy"))
                    $root.troupe.v1.DeploymentStrategy.encode(m.strategy, w.uint32(34).fork(), q + 1).ldelim();
                if (m.minReadySeconds != null && $Object.hasOwnProperty.call(m, "minReadySeconds") && m.minReadySeconds !== 0)
                    w.uint32(40).int32(m.minReadySeconds);
                if (m.revisionHistoryLimit != null && $Object.hasOwnProperty.call(m, "revisionHistoryLimit"))
                    w.uint32(48).int32(m.revisionHistoryLimit);
                if (m.paused != null && $Object.hasOwnProperty.call(m, "paused"))
                    w.uint32(56).bool(m.paused);
                if (m.progressDeadlineSeconds != null && $Object.hasOwnProperty.call(m, "progressDeadlineSeconds"))
                    w.uint32(64).int32(m.progressDeadlineSeconds);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            DeploymentSpec.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.DeploymentSpec();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            m.replicas = r.int32();
                            m._replicas = "replicas";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.selector = $root.troupe.v1.LabelSelector.decode(r, r.size(), $undefined, q + 1, m.selector);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.template = $root.troupe.v1.PodTemplateSpec.decode(r, r.size(), $undefined, q + 1, m.template);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.strategy = $root.troupe.v1.DeploymentStrategy.decode(r, r.size(), $undefined, q + 1, m.strategy);
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.minReadySeconds = v;
                            else
                                delete m.minReadySeconds;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            m.revisionHistoryLimit = r.int32();
                            m._revisionHistoryLimit = "revisionHistoryLimit";
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            m.paused = r.bool();
                            m._paused = "paused";
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            m.progressDeadlineSeconds = r.int32();
                            m._progressDeadlineSeconds = "progressDeadlineSeconds";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return DeploymentSpec;
        })();

        v1.DeploymentStatus = (function() {

            const DeploymentStatus = function (p) {
                this.conditions = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            DeploymentStatus.prototype.observedGeneration = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            DeploymentStatus.prototype.replicas = 0;
            DeploymentStatus.prototype.updatedReplicas = 0;
            DeploymentStatus.prototype.readyReplicas = 0;
            DeploymentStatus.prototype.availableReplicas = 0;
            DeploymentStatus.prototype.unavailableReplicas = 0;
            DeploymentStatus.prototype.conditions = $util.emptyArray;
            DeploymentStatus.prototype.collisionCount = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DeploymentStatus.prototype, "_collisionCount", {
                get: $util.oneOfGetter($oneOfFields = ["collisionCount"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            DeploymentStatus.create = function(properties) {
                return new DeploymentStatus(properties);
            };

            DeploymentStatus.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.observedGeneration != null && $Object.hasOwnProperty.call(m, "observedGeneration") && (typeof m.observedGeneration === "object" ? m.observedGeneration.low || m.observedGeneration.high : m.observedGeneration !== 0))
                    w.uint32(8).int64(m.observedGeneration);
                if (m.replicas != null && $Object.hasOwnProperty.call(m, "replicas") && m.replicas !== 0)
                    w.uint32(16).int32(m.replicas);
                if (m.updatedReplicas != null && $Object.hasOwnProperty.call(m, "updatedReplicas") && m.updatedReplicas !== 0)
                    w.uint32(24).int32(m.updatedReplicas);
                if (m.readyReplicas != null && $Object.hasOwnProperty.call(m, "readyReplicas") && m.readyReplicas !== 0)
                    w.uint32(32).int32(m.readyReplicas);
                if (m.availableReplicas != null && $Object.hasOwnProperty.call(m, "availableReplicas") && m.availableReplicas !== 0)
                    w.uint32(40).int32(m.availableReplicas);
                if (m.unavailableReplicas != null && $Object.hasOwnProperty.call(m, "unavailableReplicas") && m.unavailableReplicas !== 0)
                    w.uint32(48).int32(m.unavailableReplicas);
                if (m.conditions != null && m.conditions.length) {
                    for (var i = 0; i < m.conditions.length; ++i)
                        $root.troupe.v1.Condition.encode(m.conditions[i], w.uint32(58).fork(), q + 1).ldelim();
                }
                if (m.collisionCount != null && $Object.hasOwnProperty.call(m, "collisionCount"))
                    w.uint32(64).int32(m.collisionCount);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            DeploymentStatus.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.DeploymentStatus();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.observedGeneration = v;
                            else
                                delete m.observedGeneration;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.replicas = v;
                            else
                                delete m.replicas;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.updatedReplicas = v;
                            else
                                delete m.updatedReplicas;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.readyReplicas = v;
                            else
                                delete m.readyReplicas;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.availableReplicas = v;
                            else
                                delete m.availableReplicas;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.unavailableReplicas = v;
                            else
                                delete m.unavailableReplicas;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if (!(m.conditions && m.conditions.length))
                                m.conditions = [];
                            m.conditions.push($root.troupe.v1.Condition.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            m.collisionCount = r.int32();
                            m._collisionCount = "collisionCount";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return DeploymentStatus;
        })();

        v1.Deployment = (function() {

            const Deployment = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Deployment.prototype.apiVersion = "";
            Deployment.prototype.kind = "";
            Deployment.prototype.metadata = null;
            Deployment.prototype.spec = null;
            Deployment.prototype.status = null;

            Deployment.create = function(properties) {
                return new Deployment(properties);
            };

            Deployment.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.apiVersion != null && $Object.hasOwnProperty.call(m, "apiVersion") && m.apiVersion !== "")
                    w.uint32(10).string(m.apiVersion);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(18).string(m.kind);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.troupe.v1.ObjectMeta.encode(m.metadata, w.uint32(26).fork(), q + 1).ldelim();
                if (m.spec != null && $Object.hasOwnProperty.call(m, "spec"))
                    $root.troupe.v1.DeploymentSpec.encode(m.spec, w.uint32(34).fork(), q + 1).ldelim();
                if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                    $root.troupe.v1.DeploymentStatus.encode(m.status, w.uint32(42).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Deployment.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.Deployment();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.apiVersion = v;
                            else
                                delete m.apiVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.troupe.v1.ObjectMeta.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.spec = $root.troupe.v1.DeploymentSpec.decode(r, r.size(), $undefined, q + 1, m.spec);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.status = $root.troupe.v1.DeploymentStatus.decode(r, r.size(), $undefined, q + 1, m.status);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return Deployment;
        })();

        v1.RollingUpdateStatefulSetStrategy = (function() {

            const RollingUpdateStatefulSetStrategy = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            RollingUpdateStatefulSetStrategy.prototype.partition = null;
            RollingUpdateStatefulSetStrategy.prototype.maxUnavailable = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RollingUpdateStatefulSetStrategy.prototype, "_partition", {
                get: $util.oneOfGetter($oneOfFields = ["partition"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            RollingUpdateStatefulSetStrategy.create = function(properties) {
                return new RollingUpdateStatefulSetStrategy(properties);
            };

            RollingUpdateStatefulSetStrategy.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.partition != null && $Object.hasOwnProperty.call(m, "partition"))
                    w.uint32(8).int32(m.partition);
                if (m.maxUnavailable != null && $Object.hasOwnProperty.call(m, "maxUnavailable"))
                    $root.troupe.v1.IntOrString.encode(m.maxUnavailable, w.uint32(18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            RollingUpdateStatefulSetStrategy.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.RollingUpdateStatefulSetStrategy();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            m.partition = r.int32();
                            m._partition = "partition";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.maxUnavailable = $root.troupe.v1.IntOrString.decode(r, r.size(), $undefined, q + 1, m.maxUnavailable);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return RollingUpdateStatefulSetStrategy;
        })();

        v1.StatefulSetUpdateStrategy = (function() {

            const StatefulSetUpdateStrategy = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            StatefulSetUpdateStrategy.prototype.type = "";
            StatefulSetUpdateStrategy.prototype.rollingUpdate = null;

            StatefulSetUpdateStrategy.create = function(properties) {
                return new StatefulSetUpdateStrategy(properties);
            };

            StatefulSetUpdateStrategy.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== "")
                    w.uint32(10).string(m.type);
                if (m.rollingUpdate != null && $Object.hasOwnProperty.call(m, "rollingUpdate"))
                    $root.troupe.v1.RollingUpdateStatefulSetStrategy.encode(m.rollingUpdate, w.uint32(18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            StatefulSetUpdateStrategy.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.StatefulSetUpdateStrategy();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.rollingUpdate = $root.troupe.v1.RollingUpdateStatefulSetStrategy.decode(r, r.size(), $undefined, q + 1, m.rollingUpdate);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return StatefulSetUpdateStrategy;
        })();

        v1.StatefulSetPersistentVolumeClaimRetentionPolicy = (function() {

            const StatefulSetPersistentVolumeClaimRetentionPolicy = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            StatefulSetPersistentVolumeClaimRetentionPolicy.prototype.whenDeleted = "";
            StatefulSetPersistentVolumeClaimRetentionPolicy.prototype.whenScaled = "";

            StatefulSetPersistentVolumeClaimRetentionPolicy.create = function(properties) {
                return new StatefulSetPersistentVolumeClaimRetentionPolicy(properties);
            };

            StatefulSetPersistentVolumeClaimRetentionPolicy.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.whenDeleted != null && $Object.hasOwnProperty.call(m, "whenDeleted") && m.whenDeleted !== "")
                    w.uint32(10).string(m.whenDeleted);
                if (m.whenScaled != null && $Object.hasOwnProperty.call(m, "whenScaled") && m.whenScaled !== "")
                    w.uint32(18).string(m.whenScaled);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            StatefulSetPersistentVolumeClaimRetentionPolicy.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.StatefulSetPersistentVolumeClaimRetentionPolicy();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.whenDeleted = v;
                            else
                                delete m.whenDeleted;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.whenScaled = v;
                            else
                                delete m.whenScaled;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return StatefulSetPersistentVolumeClaimRetentionPolicy;
        })();

        v1.StatefulSetOrdinals = (function() {

            const StatefulSetOrdinals = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            StatefulSetOrdinals.prototype.start = 0;

            StatefulSetOrdinals.create = function(properties) {
                return new StatefulSetOrdinals(properties);
            };

            StatefulSetOrdinals.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.start != null && $Object.hasOwnProperty.call(m, "start") && m.start !== 0)
                    w.uint32(8).int32(m.start);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            StatefulSetOrdinals.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.StatefulSetOrdinals();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.start = v;
                            else
                                delete m.start;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return StatefulSetOrdinals;
        })();

        v1.StatefulSetSpec = (function() {

            const StatefulSetSpec = function (p) {
                this.volumeClaimTemplates = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            StatefulSetSpec.prototype.replicas = null;
            StatefulSetSpec.prototype.selector = null;
            StatefulSetSpec.prototype.template = null;
            StatefulSetSpec.prototype.volumeClaimTemplates = $util.emptyArray;
            StatefulSetSpec.prototype.serviceName = "";
            StatefulSetSpec.prototype.podManagementPolicy = "";
            StatefulSetSpec.prototype.updateStrategy = null;
            StatefulSetSpec.prototype.revisionHistoryLimit = null;
            StatefulSetSpec.prototype.minReadySeconds = 0;
            StatefulSetSpec.prototype.persistentVolumeClaimRetentionPolicy = null;
            StatefulSetSpec.prototype.ordinals = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(StatefulSetSpec.prototype, "_replicas", {
                get: $util.oneOfGetter($oneOfFields = ["replicas"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(StatefulSetSpec.prototype, "_revisionHistoryLimit", {
                get: $util.oneOfGetter($oneOfFields = ["revisionHistoryLimit"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            StatefulSetSpec.create = function(properties) {
                return new StatefulSetSpec(properties);
            };

            StatefulSetSpec.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.replicas != null && $Object.hasOwnProperty.call(m, "replicas"))
                    w.uint32(8).int32(m.replicas);
                if (m.selector != null && $Object.hasOwnProperty.call(m, "selector"))
                    $root.troupe.v1.LabelSelector.encode(m.selector, w.uint32(18).fork(), q + 1).ldelim();
                if (m.template != null && $Object.hasOwnProperty.call(m, "template"))
                    $root.troupe.v1.PodTemplateSpec.encode(m.template, w.uint32(26).fork(), q + 1).ldelim();
                if (m.volumeClaimTemplates != null && m.volumeClaimTemplates.length) {
                    for (var i = 0; i < m.volumeClaimTemplates.length; ++i)
                        $root.troupe.v1.PersistentVolumeClaim.encode(m.volumeClaimTemplates[i], w.uint32(34).fork(), q + 1).ldelim();
                }
                if (m.serviceName != null && $Object.hasOwnProperty.call(m, "serviceName") && m.serviceName !== "")
                    w.uint32(42).string(m.serviceName);
                if (m.podManagementPolicy != null && $Object.hasOwnProperty.call(m, "podManagementPolicy") && m.podManagementPolicy !== "")
                    w.uint32(50).string(m.podManagementPolicy);
                if (m.updateStrategy != null && $Object.hasOwnProperty.call(m, "updateStrategy"))
                    $root.troupe.v1.StatefulSetUpdateStrategy.encode(m.updateStrategy, w.uint32(58).fork(), q + 1).ldelim();
                if (m.revisionHistoryLimit != null && $Object.hasOwnProperty.call(m, "revisionHistoryLimit"))
                    w.uint32(64).int32(m.revisionHistoryLimit);
                if (m.minReadySeconds != null && $Object.hasOwnProperty.call(m, "minReadySeconds") && m.minReadySeconds !== 0)
                    w.uint32(72).int32(m.minReadySeconds);
                if (m.persistentVolumeClaimRetentionPolicy != null && $Object.hasOwnProperty.call(m, "persistentVolumeClaimRetentionPolicy"))
                    $root.troupe.v1.StatefulSetPersistentVolumeClaimRetentionPolicy.encode(m.persistentVolumeClaimRetentionPolicy, w.uint32(82).fork(), q + 1).ldelim();
                if (m.ordinals != null && $Object.hasOwnProperty.call(m, "ordinals"))
                    $root.troupe.v1.StatefulSetOrdinals.encode(m.ordinals, w.uint32(90).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            StatefulSetSpec.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.StatefulSetSpec();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            m.replicas = r.int32();
                            m._replicas = "replicas";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.selector = $root.troupe.v1.LabelSelector.decode(r, r.size(), $undefined, q + 1, m.selector);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.template = $root.troupe.v1.PodTemplateSpec.decode(r, r.size(), $undefined, q + 1, m.template);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.volumeClaimTemplates && m.volumeClaimTemplates.length))
                                m.volumeClaimTemplates = [];
                            m.volumeClaimTemplates.push($root.troupe.v1.PersistentVolumeClaim.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.serviceName = v;
                            else
                                delete m.serviceName;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.podManagementPolicy = v;
                            else
                                delete m.podManagementPolicy;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            m.updateStrategy = $root.troupe.v1.StatefulSetUpdateStrategy.decode(r, r.size(), $undefined, q + 1, m.updateStrategy);
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            m.revisionHistoryLimit = r.int32();
                            m._revisionHistoryLimit = "revisionHistoryLimit";
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.minReadySeconds = v;
                            else
                                delete m.minReadySeconds;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            m.persistentVolumeClaimRetentionPolicy = $root.troupe.v1.StatefulSetPersistentVolumeClaimRetentionPolicy.decode(r, r.size(), $undefined, q + 1, m.persistentVolumeClaimRetentionPolicy);
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.ordinals = $root.troupe.v1.StatefulSetOrdinals.decode(r, r.size(), $undefined, q + 1, m.ordinals);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return StatefulSetSpec;
        })();

        v1.StatefulSetStatus = (function() {

            const StatefulSetStatus = function (p) {
                this.conditions = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            StatefulSetStatus.prototype.observedGeneration = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            StatefulSetStatus.prototype.replicas = 0;
            StatefulSetStatus.prototype.readyReplicas = 0;
            StatefulSetStatus.prototype.currentReplicas = 0;
            StatefulSetStatus.prototype.updatedReplicas = 0;
            StatefulSetStatus.prototype.currentRevision = "";
            StatefulSetStatus.prototype.updateRevision = "";
            StatefulSetStatus.prototype.collisionCount = null;
            StatefulSetStatus.prototype.conditions = $util.emptyArray;
            StatefulSetStatus.prototype.availableReplicas = 0;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(StatefulSetStatus.prototype, "_collisionCount", {
                get: $util.oneOfGetter($oneOfFields = ["collisionCount"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            StatefulSetStatus.create = function(properties) {
                return new StatefulSetStatus(properties);
            };

            StatefulSetStatus.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.observedGeneration != null && $Object.hasOwnProperty.call(m, "observedGeneration") && (typeof m.observedGeneration === "object" ? m.observedGeneration.low || m.observedGeneration.high : m.observedGeneration !== 0))
                    w.uint32(8).int64(m.observedGeneration);
                if (m.replicas != null && $Object.hasOwnProperty.call(m, "replicas") && m.replicas !== 0)
                    w.uint32(16).int32(m.replicas);
                if (m.readyReplicas != null && $Object.hasOwnProperty.call(m, "readyReplicas") && m.readyReplicas !== 0)
                    w.uint32(24).int32(m.readyReplicas);
                if (m.currentReplicas != null && $Object.hasOwnProperty.call(m, "currentReplicas") && m.currentReplicas !== 0)
                    w.uint32(32).int32(m.currentReplicas);
                if (m.updatedReplicas != null && $Object.hasOwnProperty.call(m, "updatedReplicas") && m.updatedReplicas !== 0)
                    w.uint32(40).int32(m.updatedReplicas);
                if (m.currentRevision != null && $Object.hasOwnProperty.call(m, "currentRevision") && m.currentRevision !== "")
                    w.uint32(50).string(m.currentRevision);
                if (m.updateRevision != null && $Object.hasOwnProperty.call(m, "updateRevision") && m.updateRevision !== "")
                    w.uint32(58).string(m.updateRevision);
                if (m.collisionCount != null && $Object.hasOwnProperty.call(m, "collisionCount"))
                    w.uint32(64).int32(m.collisionCount);
                if (m.conditions != null && m.conditions.length) {
                    for (var i = 0; i < m.conditions.length; ++i)
                        $root.troupe.v1.Condition.encode(m.conditions[i], w.uint32(74).fork(), q + 1).ldelim();
                }
                if (m.availableReplicas != null && $Object.hasOwnProperty.call(m, "availableReplicas") && m.availableReplicas !== 0)
                    w.uint32(80).int32(m.availableReplicas);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            StatefulSetStatus.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.StatefulSetStatus();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.observedGeneration = v;
                            else
                                delete m.observedGeneration;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.replicas = v;
                            else
                                delete m.replicas;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.readyReplicas = v;
                            else
                                delete m.readyReplicas;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.currentReplicas = v;
                            else
                                delete m.currentReplicas;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.updatedReplicas = v;
                            else
                                delete m.updatedReplicas;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.currentRevision = v;
                            else
                                delete m.currentRevision;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.updateRevision = v;
                            else
                                delete m.updateRevision;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            m.collisionCount = r.int32();
                            m._collisionCount = "collisionCount";
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if (!(m.conditions && m.conditions.length))
                                m.conditions = [];
                            m.conditions.push($root.troupe.v1.Condition.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.availableReplicas = v;
                            else
                                delete m.availableReplicas;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return StatefulSetStatus;
        })();

        v1.StatefulSet = (function() {

            const StatefulSet = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            StatefulSet.prototype.apiVersion = "";
            StatefulSet.prototype.kind = "";
            StatefulSet.prototype.metadata = null;
            StatefulSet.prototype.spec = null;
            StatefulSet.prototype.status = null;

            StatefulSet.create = function(properties) {
                return new StatefulSet(properties);
            };

            StatefulSet.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.apiVersion != null && $Object.hasOwnProperty.call(m, "apiVersion") && m.apiVersion !== "")
                    w.uint32(10).string(m.apiVersion);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(18).string(m.kind);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.troupe.v1.ObjectMeta.encode(m.metadata, w.uint32(26).fork(), q + 1).ldelim();
                if (m.spec != null && $Object.hasOwnProperty.call(m, "spec"))
                    $root.troupe.v1.StatefulSetSpec.encode(m.spec, w.uint32(34).fork(), q + 1).ldelim();
                if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                    $root.troupe.v1.StatefulSetStatus.encode(m.status, w.uint32(42).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            StatefulSet.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.StatefulSet();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.apiVersion = v;
                            else
                                delete m.apiVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.troupe.v1.ObjectMeta.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.spec = $root.troupe.v1.StatefulSetSpec.decode(r, r.size(), $undefined, q + 1, m.spec);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.status = $root.troupe.v1.StatefulSetStatus.decode(r, r.size(), $undefined, q + 1, m.status);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return StatefulSet;
        })();

        v1.ControllerRevisionSpec = (function() {

            const ControllerRevisionSpec = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ControllerRevisionSpec.prototype.template = null;

            ControllerRevisionSpec.create = function(properties) {
                return new ControllerRevisionSpec(properties);
            };

            ControllerRevisionSpec.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.template != null && $Object.hasOwnProperty.call(m, "template"))
                    $root.troupe.v1.PodTemplateSpec.encode(m.template, w.uint32(10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ControllerRevisionSpec.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ControllerRevisionSpec();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.template = $root.troupe.v1.PodTemplateSpec.decode(r, r.size(), $undefined, q + 1, m.template);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ControllerRevisionSpec;
        })();

        v1.ControllerRevisionData = (function() {

            const ControllerRevisionData = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ControllerRevisionData.prototype.spec = null;

            ControllerRevisionData.create = function(properties) {
                return new ControllerRevisionData(properties);
            };

            ControllerRevisionData.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.spec != null && $Object.hasOwnProperty.call(m, "spec"))
                    $root.troupe.v1.ControllerRevisionSpec.encode(m.spec, w.uint32(10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ControllerRevisionData.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ControllerRevisionData();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.spec = $root.troupe.v1.ControllerRevisionSpec.decode(r, r.size(), $undefined, q + 1, m.spec);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ControllerRevisionData;
        })();

        v1.ControllerRevision = (function() {

            const ControllerRevision = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ControllerRevision.prototype.apiVersion = "";
            ControllerRevision.prototype.kind = "";
            ControllerRevision.prototype.metadata = null;
            ControllerRevision.prototype.data = null;
            ControllerRevision.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            ControllerRevision.create = function(properties) {
                return new ControllerRevision(properties);
            };

            ControllerRevision.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.apiVersion != null && $Object.hasOwnProperty.call(m, "apiVersion") && m.apiVersion !== "")
                    w.uint32(10).string(m.apiVersion);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(18).string(m.kind);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.troupe.v1.ObjectMeta.encode(m.metadata, w.uint32(26).fork(), q + 1).ldelim();
                if (m.data != null && $Object.hasOwnProperty.call(m, "data"))
                    $root.troupe.v1.ControllerRevisionData.encode(m.data, w.uint32(34).fork(), q + 1).ldelim();
                if (m.revision != null && $Object.hasOwnProperty.call(m, "revision") && (typeof m.revision === "object" ? m.revision.low || m.revision.high : m.revision !== 0))
                    w.uint32(40).int64(m.revision);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ControllerRevision.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ControllerRevision();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.apiVersion = v;
                            else
                                delete m.apiVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.troupe.v1.ObjectMeta.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.data = $root.troupe.v1.ControllerRevisionData.decode(r, r.size(), $undefined, q + 1, m.data);
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.revision = v;
                            else
                                delete m.revision;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ControllerRevision;
        })();

        v1.ContainerPort = (function() {

            const ContainerPort = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ContainerPort.prototype.name = "";
            ContainerPort.prototype.hostPort = null;
            ContainerPort.prototype.containerPort = 0;
            ContainerPort.prototype.protocol = "";
            ContainerPort.prototype.hostIP = "";

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ContainerPort.prototype, "_hostPort", {
                get: $util.oneOfGetter($oneOfFields = ["hostPort"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ContainerPort.create = function(properties) {
                return new ContainerPort(properties);
            };

            ContainerPort.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(10).string(m.name);
                if (m.hostPort != null && $Object.hasOwnProperty.call(m, "hostPort"))
                    w.uint32(16).int32(m.hostPort);
                if (m.containerPort != null && $Object.hasOwnProperty.call(m, "containerPort") && m.containerPort !== 0)
                    w.uint32(24).int32(m.containerPort);
                if (m.protocol != null && $Object.hasOwnProperty.call(m, "protocol") && m.protocol !== "")
                    w.uint32(34).string(m.protocol);
                if (m.hostIP != null && $Object.hasOwnProperty.call(m, "hostIP") && m.hostIP !== "")
                    w.uint32(42).string(m.hostIP);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ContainerPort.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ContainerPort();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            m.hostPort = r.int32();
                            m._hostPort = "hostPort";
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.containerPort = v;
                            else
                                delete m.containerPort;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.protocol = v;
                            else
                                delete m.protocol;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.hostIP = v;
                            else
                                delete m.hostIP;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ContainerPort;
        })();

        v1.ObjectFieldSelector = (function() {

            const ObjectFieldSelector = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ObjectFieldSelector.prototype.apiVersion = "";
            ObjectFieldSelector.prototype.fieldPath = "";

            ObjectFieldSelector.create = function(properties) {
                return new ObjectFieldSelector(properties);
            };

            ObjectFieldSelector.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.apiVersion != null && $Object.hasOwnProperty.call(m, "apiVersion") && m.apiVersion !== "")
                    w.uint32(10).string(m.apiVersion);
                if (m.fieldPath != null && $Object.hasOwnProperty.call(m, "fieldPath") && m.fieldPath !== "")
                    w.uint32(18).string(m.fieldPath);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ObjectFieldSelector.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ObjectFieldSelector();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.apiVersion = v;
                            else
                                delete m.apiVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.fieldPath = v;
                            else
                                delete m.fieldPath;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ObjectFieldSelector;
        })();

        v1.ResourceFieldSelector = (function() {

            const ResourceFieldSelector = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ResourceFieldSelector.prototype.containerName = "";
            ResourceFieldSelector.prototype.resource = "";
            ResourceFieldSelector.prototype.divisor = "";

            ResourceFieldSelector.create = function(properties) {
                return new ResourceFieldSelector(properties);
            };

            ResourceFieldSelector.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.containerName != null && $Object.hasOwnProperty.call(m, "containerName") && m.containerName !== "")
                    w.uint32(10).string(m.containerName);
                if (m.resource != null && $Object.hasOwnProperty.call(m, "resource") && m.resource !== "")
                    w.uint32(18).string(m.resource);
                if (m.divisor != null && $Object.hasOwnProperty.call(m, "divisor") && m.divisor !== "")
                    w.uint32(26).string(m.divisor);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ResourceFieldSelector.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ResourceFieldSelector();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.containerName = v;
                            else
                                delete m.containerName;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.resource = v;
                            else
                                delete m.resource;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.divisor = v;
                            else
                                delete m.divisor;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ResourceFieldSelector;
        })();

        v1.KeySelector = (function() {

            const KeySelector = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            KeySelector.prototype.name = "";
            KeySelector.prototype.key = "";
            KeySelector.prototype.optional = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(KeySelector.prototype, "_optional", {
                get: $util.oneOfGetter($oneOfFields = ["optional"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            KeySelector.create = function(properties) {
                return new KeySelector(properties);
            };

            KeySelector.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(10).string(m.name);
                if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                    w.uint32(18).string(m.key);
                if (m.optional != null && $Object.hasOwnProperty.call(m, "optional"))
                    w.uint32(24).bool(m.optional);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            KeySelector.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.KeySelector();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.key = v;
                            else
                                delete m.key;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            m.optional = r.bool();
                            m._optional = "optional";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return KeySelector;
        })();

        v1.EnvVarSource = (function() {

            const EnvVarSource = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            EnvVarSource.prototype.fieldRef = null;
            EnvVarSource.prototype.resourceFieldRef = null;
            EnvVarSource.prototype.configMapKeyRef = null;
            EnvVarSource.prototype.secretKeyRef = null;

            EnvVarSource.create = function(properties) {
                return new EnvVarSource(properties);
            };

            EnvVarSource.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.fieldRef != null && $Object.hasOwnProperty.call(m, "fieldRef"))
                    $root.troupe.v1.ObjectFieldSelector.encode(m.fieldRef, w.uint32(10).fork(), q + 1).ldelim();
                if (m.resourceFieldRef != null && $Object.hasOwnProperty.call(m, "resourceFieldRef"))
                    $root.troupe.v1.ResourceFieldSelector.encode(m.resourceFieldRef, w.uint32(18).fork(), q + 1).ldelim();
                if (m.configMapKeyRef != null && $Object.hasOwnProperty.call(m, "configMapKeyRef"))
                    $root.troupe.v1.KeySelector.encode(m.configMapKeyRef, w.uint32(26).fork(), q + 1).ldelim();
                if (m.secretKeyRef != null && $Object.hasOwnProperty.call(m, "secretKeyRef"))
                    $root.troupe.v1.KeySelector.encode(m.secretKeyRef, w.uint32(34).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            EnvVarSource.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.EnvVarSource();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.fieldRef = $root.troupe.v1.ObjectFieldSelector.decode(r, r.size(), $undefined, q + 1, m.fieldRef);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.resourceFieldRef = $root.troupe.v1.ResourceFieldSelector.decode(r, r.size(), $undefined, q + 1, m.resourceFieldRef);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.configMapKeyRef = $root.troupe.v1.KeySelector.decode(r, r.size(), $undefined, q + 1, m.configMapKeyRef);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.secretKeyRef = $root.troupe.v1.KeySelector.decode(r, r.size(), $undefined, q + 1, m.secretKeyRef);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return EnvVarSource;
        })();

        v1.EnvVar = (function() {

            const EnvVar = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            EnvVar.prototype.name = "";
            EnvVar.prototype.value = "";
            EnvVar.prototype.valueFrom = null;

            EnvVar.create = function(properties) {
                return new EnvVar(properties);
            };

            EnvVar.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(10).string(m.name);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value !== "")
                    w.uint32(18).string(m.value);
                if (m.valueFrom != null && $Object.hasOwnProperty.call(m, "valueFrom"))
                    $root.troupe.v1.EnvVarSource.encode(m.valueFrom, w.uint32(26).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            EnvVar.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.EnvVar();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.value = v;
                            else
                                delete m.value;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.valueFrom = $root.troupe.v1.EnvVarSource.decode(r, r.size(), $undefined, q + 1, m.valueFrom);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return EnvVar;
        })();

        v1.NameSource = (function() {

            const NameSource = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            NameSource.prototype.name = "";
            NameSource.prototype.optional = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(NameSource.prototype, "_optional", {
                get: $util.oneOfGetter($oneOfFields = ["optional"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            NameSource.create = function(properties) {
                return new NameSource(properties);
            };

            NameSource.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(10).string(m.name);
                if (m.optional != null && $Object.hasOwnProperty.call(m, "optional"))
                    w.uint32(16).bool(m.optional);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            NameSource.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.NameSource();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            m.optional = r.bool();
                            m._optional = "optional";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return NameSource;
        })();

        v1.EnvFromSource = (function() {

            const EnvFromSource = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            EnvFromSource.prototype.prefix = "";
            EnvFromSource.prototype.configMapRef = null;
            EnvFromSource.prototype.secretRef = null;

            EnvFromSource.create = function(properties) {
                return new EnvFromSource(properties);
            };

            EnvFromSource.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.prefix != null && $Object.hasOwnProperty.call(m, "prefix") && m.prefix !== "")
                    w.uint32(10).string(m.prefix);
                if (m.configMapRef != null && $Object.hasOwnProperty.call(m, "configMapRef"))
                    $root.troupe.v1.NameSource.encode(m.configMapRef, w.uint32(18).fork(), q + 1).ldelim();
                if (m.secretRef != null && $Object.hasOwnProperty.call(m, "secretRef"))
                    $root.troupe.v1.NameSource.encode(m.secretRef, w.uint32(26).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            EnvFromSource.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.EnvFromSource();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.prefix = v;
                            else
                                delete m.prefix;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.configMapRef = $root.troupe.v1.NameSource.decode(r, r.size(), $undefined, q + 1, m.configMapRef);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.secretRef = $root.troupe.v1.NameSource.decode(r, r.size(), $undefined, q + 1, m.secretRef);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return EnvFromSource;
        })();

        v1.ResourceRequirements = (function() {

            const ResourceRequirements = function (p) {
                this.limits = {};
                this.requests = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ResourceRequirements.prototype.limits = $util.emptyObject;
            ResourceRequirements.prototype.requests = $util.emptyObject;

            ResourceRequirements.create = function(properties) {
                return new ResourceRequirements(properties);
            };

            ResourceRequirements.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.limits != null && $Object.hasOwnProperty.call(m, "limits")) {
                    for (var ks = $Object.keys(m.limits), i = 0; i < ks.length; ++i) {
                        w.uint32(10).fork().uint32(10).string(ks[i]).uint32(18).string(m.limits[ks[i]]).ldelim();
                    }
                }
                if (m.requests != null && $Object.hasOwnProperty.call(m, "requests")) {
                    for (var ks = $Object.keys(m.requests), i = 0; i < ks.length; ++i) {
                        w.uint32(18).fork().uint32(10).string(ks[i]).uint32(18).string(m.requests[ks[i]]).ldelim();
                    }
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ResourceRequirements.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ResourceRequirements();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (m.limits === $util.emptyObject)
                                m.limits = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.limits, k);
                            m.limits[k] = v;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (m.requests === $util.emptyObject)
                                m.requests = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.requests, k);
                            m.requests[k] = v;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ResourceRequirements;
        })();

        v1.VolumeMount = (function() {

            const VolumeMount = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            VolumeMount.prototype.name = "";
            VolumeMount.prototype.readOnly = null;
            VolumeMount.prototype.mountPath = "";
            VolumeMount.prototype.subPath = "";
            VolumeMount.prototype.mountPropagation = "";
            VolumeMount.prototype.subPathExpr = "";

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(VolumeMount.prototype, "_readOnly", {
                get: $util.oneOfGetter($oneOfFields = ["readOnly"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            VolumeMount.create = function(properties) {
                return new VolumeMount(properties);
            };

            VolumeMount.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(10).string(m.name);
                if (m.readOnly != null && $Object.hasOwnProperty.call(m, "readOnly"))
                    w.uint32(16).bool(m.readOnly);
                if (m.mountPath != null && $Object.hasOwnProperty.call(m, "mountPath") && m.mountPath !== "")
                    w.uint32(26).string(m.mountPath);
                if (m.subPath != null && $Object.hasOwnProperty.call(m, "subPath") && m.subPath !== "")
                    w.uint32(34).string(m.subPath);
                if (m.mountPropagation != null && $Object.hasOwnProperty.call(m, "mountPropagation") && m.mountPropagation !== "")
                    w.uint32(42).string(m.mountPropagation);
                if (m.subPathExpr != null && $Object.hasOwnProperty.call(m, "subPathExpr") && m.subPathExpr !== "")
                    w.uint32(50).string(m.subPathExpr);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            VolumeMount.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.VolumeMount();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            m.readOnly = r.bool();
                            m._readOnly = "readOnly";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.mountPath = v;
                            else
                                delete m.mountPath;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.subPath = v;
                            else
                                delete m.subPath;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.mountPropagation = v;
                            else
                                delete m.mountPropagation;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.subPathExpr = v;
                            else
                                delete m.subPathExpr;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return VolumeMount;
        })();

        v1.ExecAction = (function() {

            const ExecAction = function (p) {
                this.command = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ExecAction.prototype.command = $util.emptyArray;

            ExecAction.create = function(properties) {
                return new ExecAction(properties);
            };

            ExecAction.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.command != null && m.command.length) {
                    for (var i = 0; i < m.command.length; ++i)
                        w.uint32(10).string(m.command[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ExecAction.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ExecAction();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.command && m.command.length))
                                m.command = [];
                            m.command.push(r.stringVerify());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ExecAction;
        })();

        v1.HTTPHeader = (function() {

            const HTTPHeader = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            HTTPHeader.prototype.name = "";
            HTTPHeader.prototype.value = "";

            HTTPHeader.create = function(properties) {
                return new HTTPHeader(properties);
            };

            HTTPHeader.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(10).string(m.name);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value !== "")
                    w.uint32(18).string(m.value);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            HTTPHeader.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.HTTPHeader();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.value = v;
                            else
                                delete m.value;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return HTTPHeader;
        })();

        v1.HTTPGetAction = (function() {

            const HTTPGetAction = function (p) {
                this.httpHeaders = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            HTTPGetAction.prototype.path = "";
            HTTPGetAction.prototype.port = null;
            HTTPGetAction.prototype.host = "";
            HTTPGetAction.prototype.scheme = "";
            HTTPGetAction.prototype.httpHeaders = $util.emptyArray;

            HTTPGetAction.create = function(properties) {
                return new HTTPGetAction(properties);
            };

            HTTPGetAction.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.path != null && $Object.hasOwnProperty.call(m, "path") && m.path !== "")
                    w.uint32(10).string(m.path);
                if (m.port != null && $Object.hasOwnProperty.call(m, "port"))
                    $root.troupe.v1.IntOrString.encode(m.port, w.uint32(18).fork(), q + 1).ldelim();
                if (m.host != null && $Object.hasOwnProperty.call(m, "host") && m.host !== "")
                    w.uint32(26).string(m.host);
                if (m.scheme != null && $Object.hasOwnProperty.call(m, "scheme") && m.scheme !== "")
                    w.uint32(34).string(m.scheme);
                if (m.httpHeaders != null && m.httpHeaders.length) {
                    for (var i = 0; i < m.httpHeaders.length; ++i)
                        $root.troupe.v1.HTTPHeader.encode(m.httpHeaders[i], w.uint32(42).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            HTTPGetAction.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.HTTPGetAction();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.path = v;
                            else
                                delete m.path;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.port = $root.troupe.v1.IntOrString.decode(r, r.size(), $undefined, q + 1, m.port);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.host = v;
                            else
                                delete m.host;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.scheme = v;
                            else
                                delete m.scheme;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.httpHeaders && m.httpHeaders.length))
                                m.httpHeaders = [];
                            m.httpHeaders.push($root.troupe.v1.HTTPHeader.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return HTTPGetAction;
        })();

        v1.TCPSocketAction = (function() {

            const TCPSocketAction = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            TCPSocketAction.prototype.port = null;
            TCPSocketAction.prototype.host = "";

            TCPSocketAction.create = function(properties) {
                return new TCPSocketAction(properties);
            };

            TCPSocketAction.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.port != null && $Object.hasOwnProperty.call(m, "port"))
                    $root.troupe.v1.IntOrString.encode(m.port, w.uint32(10).fork(), q + 1).ldelim();
                if (m.host != null && $Object.hasOwnProperty.call(m, "host") && m.host !== "")
                    w.uint32(18).string(m.host);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            TCPSocketAction.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.TCPSocketAction();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.port = $root.troupe.v1.IntOrString.decode(r, r.size(), $undefined, q + 1, m.port);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.host = v;
                            else
                                delete m.host;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return TCPSocketAction;
        })();

        v1.GRPCAction = (function() {

            const GRPCAction = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            GRPCAction.prototype.port = 0;
            GRPCAction.prototype.service = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(GRPCAction.prototype, "_service", {
                get: $util.oneOfGetter($oneOfFields = ["service"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            GRPCAction.create = function(properties) {
                return new GRPCAction(properties);
            };

            GRPCAction.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.port != null && $Object.hasOwnProperty.call(m, "port") && m.port !== 0)
                    w.uint32(8).int32(m.port);
                if (m.service != null && $Object.hasOwnProperty.call(m, "service"))
                    w.uint32(18).string(m.service);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            GRPCAction.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.GRPCAction();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.port = v;
                            else
                                delete m.port;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.service = r.stringVerify();
                            m._service = "service";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return GRPCAction;
        })();

        v1.Probe = (function() {

            const Probe = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Probe.prototype.exec = null;
            Probe.prototype.httpGet = null;
            Probe.prototype.tcpSocket = null;
            Probe.prototype.grpc = null;
            Probe.prototype.initialDelaySeconds = 0;
            Probe.prototype.timeoutSeconds = null;
            Probe.prototype.periodSeconds = null;
            Probe.prototype.successThreshold = null;
            Probe.prototype.failureThreshold = null;
            Probe.prototype.terminationGracePeriodSeconds = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Probe.prototype, "_timeoutSeconds", {
                get: $util.oneOfGetter($oneOfFields = ["timeoutSeconds"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Probe.prototype, "_periodSeconds", {
                get: $util.oneOfGetter($oneOfFields = ["periodSeconds"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Probe.prototype, "_successThreshold", {
                get: $util.oneOfGetter($oneOfFields = ["successThreshold"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Probe.prototype, "_failureThreshold", {
                get: $util.oneOfGetter($oneOfFields = ["failureThreshold"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Probe.prototype, "_terminationGracePeriodSeconds", {
                get: $util.oneOfGetter($oneOfFields = ["terminationGracePeriodSeconds"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Probe.create = function(properties) {
                return new Probe(properties);
            };

            Probe.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.exec != null && $Object.hasOwnProperty.call(m, "exec"))
                    $root.troupe.v1.ExecAction.encode(m.exec, w.uint32(10).fork(), q + 1).ldelim();
                if (m.httpGet != null && $Object.hasOwnProperty.call(m, "httpGet"))
                    $root.troupe.v1.HTTPGetAction.encode(m.httpGet, w.uint32(18).fork(), q + 1).ldelim();
                if (m.tcpSocket != null && $Object.hasOwnProperty.call(m, "tcpSocket"))
                    $root.troupe.v1.TCPSocketAction.encode(m.tcpSocket, w.uint32(26).fork(), q + 1).ldelim();
                if (m.grpc != null && $Object.hasOwnProperty.call(m, "grpc"))
                    $root.troupe.v1.GRPCAction.encode(m.grpc, w.uint32(34).fork(), q + 1).ldelim();
                if (m.initialDelaySeconds != null && $Object.hasOwnProperty.call(m, "initialDelaySeconds") && m.initialDelaySeconds !== 0)
                    w.uint32(40).int32(m.initialDelaySeconds);
                if (m.timeoutSeconds != null && $Object.hasOwnProperty.call(m, "timeoutSeconds"))
                    w.uint32(48).int32(m.timeoutSeconds);
                if (m.periodSeconds != null && $Object.hasOwnProperty.call(m, "periodSeconds"))
                    w.uint32(56).int32(m.periodSeconds);
                if (m.successThreshold != null && $Object.hasOwnProperty.call(m, "successThreshold"))
                    w.uint32(64).int32(m.successThreshold);
                if (m.failureThreshold != null && $Object.hasOwnProperty.call(m, "failureThreshold"))
                    w.uint32(72).int32(m.failureThreshold);
                if (m.terminationGracePeriodSeconds != null && $Object.hasOwnProperty.call(m, "terminationGracePeriodSeconds"))
                    w.uint32(80).int64(m.terminationGracePeriodSeconds);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Probe.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.Probe();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.exec = $root.troupe.v1.ExecAction.decode(r, r.size(), $undefined, q + 1, m.exec);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.httpGet = $root.troupe.v1.HTTPGetAction.decode(r, r.size(), $undefined, q + 1, m.httpGet);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.tcpSocket = $root.troupe.v1.TCPSocketAction.decode(r, r.size(), $undefined, q + 1, m.tcpSocket);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.grpc = $root.troupe.v1.GRPCAction.decode(r, r.size(), $undefined, q + 1, m.grpc);
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.initialDelaySeconds = v;
                            else
                                delete m.initialDelaySeconds;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            m.timeoutSeconds = r.int32();
                            m._timeoutSeconds = "timeoutSeconds";
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            m.periodSeconds = r.int32();
                            m._periodSeconds = "periodSeconds";
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            m.successThreshold = r.int32();
                            m._successThreshold = "successThreshold";
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            m.failureThreshold = r.int32();
                            m._failureThreshold = "failureThreshold";
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            m.terminationGracePeriodSeconds = r.int64();
                            m._terminationGracePeriodSeconds = "terminationGracePeriodSeconds";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return Probe;
        })();

        v1.LifecycleHandler = (function() {

            const LifecycleHandler = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            LifecycleHandler.prototype.exec = null;
            LifecycleHandler.prototype.httpGet = null;
            LifecycleHandler.prototype.tcpSocket = null;

            LifecycleHandler.create = function(properties) {
                return new LifecycleHandler(properties);
            };

            LifecycleHandler.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.exec != null && $Object.hasOwnProperty.call(m, "exec"))
                    $root.troupe.v1.ExecAction.encode(m.exec, w.uint32(10).fork(), q + 1).ldelim();
                if (m.httpGet != null && $Object.hasOwnProperty.call(m, "httpGet"))
                    $root.troupe.v1.HTTPGetAction.encode(m.httpGet, w.uint32(18).fork(), q + 1).ldelim();
                if (m.tcpSocket != null && $Object.hasOwnProperty.call(m, "tcpSocket"))
                    $root.troupe.v1.TCPSocketAction.encode(m.tcpSocket, w.uint32(26).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            LifecycleHandler.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.LifecycleHandler();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.exec = $root.troupe.v1.ExecAction.decode(r, r.size(), $undefined, q + 1, m.exec);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.httpGet = $root.troupe.v1.HTTPGetAction.decode(r, r.size(), $undefined, q + 1, m.httpGet);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.tcpSocket = $root.troupe.v1.TCPSocketAction.decode(r, r.size(), $undefined, q + 1, m.tcpSocket);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return LifecycleHandler;
        })();

        v1.Lifecycle = (function() {

            const Lifecycle = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Lifecycle.prototype.postStart = null;
            Lifecycle.prototype.preStop = null;

            Lifecycle.create = function(properties) {
                return new Lifecycle(properties);
            };

            Lifecycle.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.postStart != null && $Object.hasOwnProperty.call(m, "postStart"))
                    $root.troupe.v1.LifecycleHandler.encode(m.postStart, w.uint32(10).fork(), q + 1).ldelim();
                if (m.preStop != null && $Object.hasOwnProperty.call(m, "preStop"))
                    $root.troupe.v1.LifecycleHandler.encode(m.preStop, w.uint32(18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Lifecycle.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.Lifecycle();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.postStart = $root.troupe.v1.LifecycleHandler.decode(r, r.size(), $undefined, q + 1, m.postStart);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.preStop = $root.troupe.v1.LifecycleHandler.decode(r, r.size(), $undefined, q + 1, m.preStop);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return Lifecycle;
        })();

        v1.Capabilities = (function() {

            const Capabilities = function (p) {
                this.add = [];
                this.drop = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Capabilities.prototype.add = $util.emptyArray;
            Capabilities.prototype.drop = $util.emptyArray;

            Capabilities.create = function(properties) {
                return new Capabilities(properties);
            };

            Capabilities.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.add != null && m.add.length) {
                    for (var i = 0; i < m.add.length; ++i)
                        w.uint32(10).string(m.add[i]);
                }
                if (m.drop != null && m.drop.length) {
                    for (var i = 0; i < m.drop.length; ++i)
                        w.uint32(18).string(m.drop[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Capabilities.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.Capabilities();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.add && m.add.length))
                                m.add = [];
                            m.add.push(r.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.drop && m.drop.length))
                                m.drop = [];
                            m.drop.push(r.stringVerify());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return Capabilities;
        })();

        v1.SecurityContext = (function() {

            const SecurityContext = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            SecurityContext.prototype.runAsUser = null;
            SecurityContext.prototype.runAsGroup = null;
            SecurityContext.prototype.runAsNonRoot = null;
            SecurityContext.prototype.readOnlyRootFilesystem = null;
            SecurityContext.prototype.privileged = null;
            SecurityContext.prototype.allowPrivilegeEscalation = null;
            SecurityContext.prototype.capabilities = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SecurityContext.prototype, "_runAsUser", {
                get: $util.oneOfGetter($oneOfFields = ["runAsUser"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SecurityContext.prototype, "_runAsGroup", {
                get: $util.oneOfGetter($oneOfFields = ["runAsGroup"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SecurityContext.prototype, "_runAsNonRoot", {
                get: $util.oneOfGetter($oneOfFields = ["runAsNonRoot"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SecurityContext.prototype, "_readOnlyRootFilesystem", {
                get: $util.oneOfGetter($oneOfFields = ["readOnlyRootFilesystem"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SecurityContext.prototype, "_privileged", {
                get: $util.oneOfGetter($oneOfFields = ["privileged"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SecurityContext.prototype, "_allowPrivilegeEscalation", {
                get: $util.oneOfGetter($oneOfFields = ["allowPrivilegeEscalation"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            SecurityContext.create = function(properties) {
                return new SecurityContext(properties);
            };

            SecurityContext.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.runAsUser != null && $Object.hasOwnProperty.call(m, "runAsUser"))
                    w.uint32(8).int64(m.runAsUser);
                if (m.runAsGroup != null && $Object.hasOwnProperty.call(m, "runAsGroup"))
                    w.uint32(16).int64(m.runAsGroup);
                if (m.runAsNonRoot != null && $Object.hasOwnProperty.call(m, "runAsNonRoot"))
                    w.uint32(24).bool(m.runAsNonRoot);
                if (m.readOnlyRootFilesystem != null && $Object.hasOwnProperty.call(m, "readOnlyRootFilesystem"))
                    w.uint32(32).bool(m.readOnlyRootFilesystem);
                if (m.privileged != null && $Object.hasOwnProperty.call(m, "privileged"))
                    w.uint32(40).bool(m.privileged);
                if (m.allowPrivilegeEscalation != null && $Object.hasOwnProperty.call(m, "allowPrivilegeEscalation"))
                    w.uint32(48).bool(m.allowPrivilegeEscalation);
                if (m.capabilities != null && $Object.hasOwnProperty.call(m, "capabilities"))
                    $root.troupe.v1.Capabilities.encode(m.capabilities, w.uint32(58).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            SecurityContext.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.SecurityContext();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            m.runAsUser = r.int64();
                            m._runAsUser = "runAsUser";
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            m.runAsGroup = r.int64();
                            m._runAsGroup = "runAsGroup";
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            m.runAsNonRoot = r.bool();
                            m._runAsNonRoot = "runAsNonRoot";
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            m.readOnlyRootFilesystem = r.bool();
                            m._readOnlyRootFilesystem = "readOnlyRootFilesystem";
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            m.privileged = r.bool();
                            m._privileged = "privileged";
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            m.allowPrivilegeEscalation = r.bool();
                            m._allowPrivilegeEscalation = "allowPrivilegeEscalation";
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            m.capabilities = $root.troupe.v1.Capabilities.decode(r, r.size(), $undefined, q + 1, m.capabilities);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return SecurityContext;
        })();

        v1.PodSecurityContext = (function() {

            const PodSecurityContext = function (p) {
                this.supplementalGroups = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            PodSecurityContext.prototype.runAsUser = null;
            PodSecurityContext.prototype.runAsGroup = null;
            PodSecurityContext.prototype.runAsNonRoot = null;
            PodSecurityContext.prototype.fsGroup = null;
            PodSecurityContext.prototype.supplementalGroups = $util.emptyArray;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PodSecurityContext.prototype, "_runAsUser", {
                get: $util.oneOfGetter($oneOfFields = ["runAsUser"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PodSecurityContext.prototype, "_runAsGroup", {
                get: $util.oneOfGetter($oneOfFields = ["runAsGroup"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PodSecurityContext.prototype, "_runAsNonRoot", {
                get: $util.oneOfGetter($oneOfFields = ["runAsNonRoot"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PodSecurityContext.prototype, "_fsGroup", {
                get: $util.oneOfGetter($oneOfFields = ["fsGroup"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            PodSecurityContext.create = function(properties) {
                return new PodSecurityContext(properties);
            };

            PodSecurityContext.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.runAsUser != null && $Object.hasOwnProperty.call(m, "runAsUser"))
                    w.uint32(8).int64(m.runAsUser);
                if (m.runAsGroup != null && $Object.hasOwnProperty.call(m, "runAsGroup"))
                    w.uint32(16).int64(m.runAsGroup);
                if (m.runAsNonRoot != null && $Object.hasOwnProperty.call(m, "runAsNonRoot"))
                    w.uint32(24).bool(m.runAsNonRoot);
                if (m.fsGroup != null && $Object.hasOwnProperty.call(m, "fsGroup"))
                    w.uint32(32).int64(m.fsGroup);
                if (m.supplementalGroups != null && m.supplementalGroups.length) {
                    w.uint32(42).int64s(m.supplementalGroups);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            PodSecurityContext.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.PodSecurityContext();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            m.runAsUser = r.int64();
                            m._runAsUser = "runAsUser";
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            m.runAsGroup = r.int64();
                            m._runAsGroup = "runAsGroup";
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            m.runAsNonRoot = r.bool();
                            m._runAsNonRoot = "runAsNonRoot";
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            m.fsGroup = r.int64();
                            m._fsGroup = "fsGroup";
                            continue;
                        }
                    case 5: {
                            if (u === 2) {
                                if (!(m.supplementalGroups && m.supplementalGroups.length))
                                    m.supplementalGroups = [];
                                r.int64s(m.supplementalGroups);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.supplementalGroups && m.supplementalGroups.length))
                                m.supplementalGroups = [];
                            m.supplementalGroups.push(r.int64());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return PodSecurityContext;
        })();

        v1.Container = (function() {

            const Container = function (p) {
                this.command = [];
                this.args = [];
                this.ports = [];
                this.envFrom = [];
                this.env = [];
                this.volumeMounts = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Container.prototype.name = "";
            Container.prototype.image = "";
            Container.prototype.command = $util.emptyArray;
            Container.prototype.args = $util.emptyArray;
            Container.prototype.workingDir = "";
            Container.prototype.ports = $util.emptyArray;
            Container.prototype.envFrom = $util.emptyArray;
            Container.prototype.env = $util.emptyArray;
            Container.prototype.resources = null;
            Container.prototype.volumeMounts = $util.emptyArray;
            Container.prototype.livenessProbe = null;
            Container.prototype.readinessProbe = null;
            Container.prototype.startupProbe = null;
            Container.prototype.lifecycle = null;
            Container.prototype.terminationMessagePath = "";
            Container.prototype.terminationMessagePolicy = "";
            Container.prototype.imagePullPolicy = "";
            Container.prototype.securityContext = null;
            Container.prototype.stdin = null;
            Container.prototype.tty = null;
            Container.prototype.restartPolicy = "";
            Container.prototype.stdinOnce = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Container.prototype, "_stdin", {
                get: $util.oneOfGetter($oneOfFields = ["stdin"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Container.prototype, "_tty", {
                get: $util.oneOfGetter($oneOfFields = ["tty"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Container.prototype, "_stdinOnce", {
                get: $util.oneOfGetter($oneOfFields = ["stdinOnce"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Container.create = function(properties) {
                return new Container(properties);
            };

            Container.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(10).string(m.name);
                if (m.image != null && $Object.hasOwnProperty.call(m, "image") && m.image !== "")
                    w.uint32(18).string(m.image);
                if (m.command != null && m.command.length) {
                    for (var i = 0; i < m.command.length; ++i)
                        w.uint32(26).string(m.command[i]);
                }
                if (m.args != null && m.args.length) {
                    for (var i = 0; i < m.args.length; ++i)
                        w.uint32(34).string(m.args[i]);
                }
                if (m.workingDir != null && $Object.hasOwnProperty.call(m, "workingDir") && m.workingDir !== "")
                    w.uint32(42).string(m.workingDir);
                if (m.ports != null && m.ports.length) {
                    for (var i = 0; i < m.ports.length; ++i)
                        $root.troupe.v1.ContainerPort.encode(m.ports[i], w.uint32(50).fork(), q + 1).ldelim();
                }
                if (m.envFrom != null && m.envFrom.length) {
                    for (var i = 0; i < m.envFrom.length; ++i)
                        $root.troupe.v1.EnvFromSource.encode(m.envFrom[i], w.uint32(58).fork(), q + 1).ldelim();
                }
                if (m.env != null && m.env.length) {
                    for (var i = 0; i < m.env.length; ++i)
                        $root.troupe.v1.EnvVar.encode(m.env[i], w.uint32(66).fork(), q + 1).ldelim();
                }
                if (m.resources != null && $Object.hasOwnProperty.call(m, "resources"))
                    $root.troupe.v1.ResourceRequirements.encode(m.resources, w.uint32(74).fork(), q + 1).ldelim();
                if (m.volumeMounts != null && m.volumeMounts.length) {
                    for (var i = 0; i < m.volumeMounts.length; ++i)
                        $root.troupe.v1.VolumeMount.encode(m.volumeMounts[i], w.uint32(82).fork(), q + 1).ldelim();
                }
                if (m.livenessProbe != null && $Object.hasOwnProperty.call(m, "livenessProbe"))
                    $root.troupe.v1.Probe.encode(m.livenessProbe, w.uint32(90).fork(), q + 1).ldelim();
                if (m.readinessProbe != null && $Object.hasOwnProperty.call(m, "readinessProbe"))
                    $root.troupe.v1.Probe.encode(m.readinessProbe, w.uint32(98).fork(), q + 1).ldelim();
                if (m.startupProbe != null && $Object.hasOwnProperty.call(m, "startupProbe"))
                    $root.troupe.v1.Probe.encode(m.startupProbe, w.uint32(106).fork(), q + 1).ldelim();
                if (m.lifecycle != null && $Object.hasOwnProperty.call(m, "lifecycle"))
                    $root.troupe.v1.Lifecycle.encode(m.lifecycle, w.uint32(114).fork(), q + 1).ldelim();
                if (m.terminationMessagePath != null && $Object.hasOwnProperty.call(m, "terminationMessagePath") && m.terminationMessagePath !== "")
                    w.uint32(122).string(m.terminationMessagePath);
                if (m.terminationMessagePolicy != null && $Object.hasOwnProperty.call(m, "terminationMessagePolicy") && m.terminationMessagePolicy !== "")
                    w.uint32(130).string(m.terminationMessagePolicy);
                if (m.imagePullPolicy != null && $Object.hasOwnProperty.call(m, "imagePullPolicy") && m.imagePullPolicy !== "")
                    w.uint32(138).string(m.imagePullPolicy);
                if (m.securityContext != null && $Object.hasOwnProperty.call(m, "securityContext"))
                    $root.troupe.v1.SecurityContext.encode(m.securityContext, w.uint32(146).fork(), q + 1).ldelim();
                if (m.stdin != null && $Object.hasOwnProperty.call(m, "stdin"))
                    w.uint32(152).bool(m.stdin);
                if (m.tty != null && $Object.hasOwnProperty.call(m, "tty"))
                    w.uint32(160).bool(m.tty);
                if (m.restartPolicy != null && $Object.hasOwnProperty.call(m, "restartPolicy") && m.restartPolicy !== "")
                    w.uint32(170).string(m.restartPolicy);
                if (m.stdinOnce != null && $Object.hasOwnProperty.call(m, "stdinOnce"))
                    w.uint32(176).bool(m.stdinOnce);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Container.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.Container();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.image = v;
                            else
                                delete m.image;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.command && m.command.length))
                                m.command = [];
                            m.command.push(r.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.args && m.args.length))
                                m.args = [];
                            m.args.push(r.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.workingDir = v;
                            else
                                delete m.workingDir;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if (!(m.ports && m.ports.length))
                                m.ports = [];
                            m.ports.push($root.troupe.v1.ContainerPort.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if (!(m.envFrom && m.envFrom.length))
                                m.envFrom = [];
                            m.envFrom.push($root.troupe.v1.EnvFromSource.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if (!(m.env && m.env.length))
                                m.env = [];
                            m.env.push($root.troupe.v1.EnvVar.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            m.resources = $root.troupe.v1.ResourceRequirements.decode(r, r.size(), $undefined, q + 1, m.resources);
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if (!(m.volumeMounts && m.volumeMounts.length))
                                m.volumeMounts = [];
                            m.volumeMounts.push($root.troupe.v1.VolumeMount.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.livenessProbe = $root.troupe.v1.Probe.decode(r, r.size(), $undefined, q + 1, m.livenessProbe);
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.readinessProbe = $root.troupe.v1.Probe.decode(r, r.size(), $undefined, q + 1, m.readinessProbe);
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            m.startupProbe = $root.troupe.v1.Probe.decode(r, r.size(), $undefined, q + 1, m.startupProbe);
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            m.lifecycle = $root.troupe.v1.Lifecycle.decode(r, r.size(), $undefined, q + 1, m.lifecycle);
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.terminationMessagePath = v;
                            else
                                delete m.terminationMessagePath;
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.terminationMessagePolicy = v;
                            else
                                delete m.terminationMessagePolicy;
                            continue;
                        }
                    case 17: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.imagePullPolicy = v;
                            else
                                delete m.imagePullPolicy;
                            continue;
                        }
                    case 18: {
                            if (u !== 2)
                                break;
                            m.securityContext = $root.troupe.v1.SecurityContext.decode(r, r.size(), $undefined, q + 1, m.securityContext);
                            continue;
                        }
                    case 19: {
                            if (u !== 0)
                                break;
                            m.stdin = r.bool();
                            m._stdin = "stdin";
                            continue;
                        }
                    case 20: {
                            if (u !== 0)
                                break;
                            m.tty = r.bool();
                            m._tty = "tty";
                            continue;
                        }
                    case 21: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.restartPolicy = v;
                            else
                                delete m.restartPolicy;
                            continue;
                        }
                    case 22: {
                            if (u !== 0)
                                break;
                            m.stdinOnce = r.bool();
                            m._stdinOnce = "stdinOnce";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return Container;
        })();

        v1.KeyToPath = (function() {

            const KeyToPath = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            KeyToPath.prototype.key = "";
            KeyToPath.prototype.path = "";
            KeyToPath.prototype.mode = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(KeyToPath.prototype, "_mode", {
                get: $util.oneOfGetter($oneOfFields = ["mode"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            KeyToPath.create = function(properties) {
                return new KeyToPath(properties);
            };

            KeyToPath.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                    w.uint32(10).string(m.key);
                if (m.path != null && $Object.hasOwnProperty.call(m, "path") && m.path !== "")
                    w.uint32(18).string(m.path);
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode"))
                    w.uint32(24).int32(m.mode);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            KeyToPath.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.KeyToPath();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.key = v;
                            else
                                delete m.key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.path = v;
                            else
                                delete m.path;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            m.mode = r.int32();
                            m._mode = "mode";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return KeyToPath;
        })();

        v1.EmptyDirVolumeSource = (function() {

            const EmptyDirVolumeSource = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            EmptyDirVolumeSource.prototype.medium = "";
            EmptyDirVolumeSource.prototype.sizeLimit = "";

            EmptyDirVolumeSource.create = function(properties) {
                return new EmptyDirVolumeSource(properties);
            };

            EmptyDirVolumeSource.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.medium != null && $Object.hasOwnProperty.call(m, "medium") && m.medium !== "")
                    w.uint32(10).string(m.medium);
                if (m.sizeLimit != null && $Object.hasOwnProperty.call(m, "sizeLimit") && m.sizeLimit !== "")
                    w.uint32(18).string(m.sizeLimit);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            EmptyDirVolumeSource.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.EmptyDirVolumeSource();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.medium = v;
                            else
                                delete m.medium;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sizeLimit = v;
                            else
                                delete m.sizeLimit;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return EmptyDirVolumeSource;
        })();

        v1.HostPathVolumeSource = (function() {

            const HostPathVolumeSource = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            HostPathVolumeSource.prototype.path = "";
            HostPathVolumeSource.prototype.type = "";

            HostPathVolumeSource.create = function(properties) {
                return new HostPathVolumeSource(properties);
            };

            HostPathVolumeSource.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.path != null && $Object.hasOwnProperty.call(m, "path") && m.path !== "")
                    w.uint32(10).string(m.path);
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== "")
                    w.uint32(18).string(m.type);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            HostPathVolumeSource.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.HostPathVolumeSource();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.path = v;
                            else
                                delete m.path;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return HostPathVolumeSource;
        })();

        v1.ConfigMapVolumeSource = (function() {

            const ConfigMapVolumeSource = function (p) {
                this.items = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ConfigMapVolumeSource.prototype.name = "";
            ConfigMapVolumeSource.prototype.items = $util.emptyArray;
            ConfigMapVolumeSource.prototype.defaultMode = null;
            ConfigMapVolumeSource.prototype.optional = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ConfigMapVolumeSource.prototype, "_defaultMode", {
                get: $util.oneOfGetter($oneOfFields = ["defaultMode"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ConfigMapVolumeSource.prototype, "_optional", {
                get: $util.oneOfGetter($oneOfFields = ["optional"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ConfigMapVolumeSource.create = function(properties) {
                return new ConfigMapVolumeSource(properties);
            };

            ConfigMapVolumeSource.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(10).string(m.name);
                if (m.items != null && m.items.length) {
                    for (var i = 0; i < m.items.length; ++i)
                        $root.troupe.v1.KeyToPath.encode(m.items[i], w.uint32(18).fork(), q + 1).ldelim();
                }
                if (m.defaultMode != null && $Object.hasOwnProperty.call(m, "defaultMode"))
                    w.uint32(24).int32(m.defaultMode);
                if (m.optional != null && $Object.hasOwnProperty.call(m, "optional"))
                    w.uint32(32).bool(m.optional);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ConfigMapVolumeSource.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ConfigMapVolumeSource();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.items && m.items.length))
                                m.items = [];
                            m.items.push($root.troupe.v1.KeyToPath.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            m.defaultMode = r.int32();
                            m._defaultMode = "defaultMode";
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            m.optional = r.bool();
                            m._optional = "optional";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ConfigMapVolumeSource;
        })();

        v1.SecretVolumeSource = (function() {

            const SecretVolumeSource = function (p) {
                this.items = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            SecretVolumeSource.prototype.secretName = "";
            SecretVolumeSource.prototype.items = $util.emptyArray;
            SecretVolumeSource.prototype.defaultMode = null;
            SecretVolumeSource.prototype.optional = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SecretVolumeSource.prototype, "_defaultMode", {
                get: $util.oneOfGetter($oneOfFields = ["defaultMode"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SecretVolumeSource.prototype, "_optional", {
                get: $util.oneOfGetter($oneOfFields = ["optional"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            SecretVolumeSource.create = function(properties) {
                return new SecretVolumeSource(properties);
            };

            SecretVolumeSource.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.secretName != null && $Object.hasOwnProperty.call(m, "secretName") && m.secretName !== "")
                    w.uint32(10).string(m.secretName);
                if (m.items != null && m.items.length) {
                    for (var i = 0; i < m.items.length; ++i)
                        $root.troupe.v1.KeyToPath.encode(m.items[i], w.uint32(18).fork(), q + 1).ldelim();
                }
                if (m.defaultMode != null && $Object.hasOwnProperty.call(m, "defaultMode"))
                    w.uint32(24).int32(m.defaultMode);
                if (m.optional != null && $Object.hasOwnProperty.call(m, "optional"))
                    w.uint32(32).bool(m.optional);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            SecretVolumeSource.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.SecretVolumeSource();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.secretName = v;
                            else
                                delete m.secretName;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.items && m.items.length))
                                m.items = [];
                            m.items.push($root.troupe.v1.KeyToPath.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            m.defaultMode = r.int32();
                            m._defaultMode = "defaultMode";
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            m.optional = r.bool();
                            m._optional = "optional";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return SecretVolumeSource;
        })();

        v1.PersistentVolumeClaimVolumeSource = (function() {

            const PersistentVolumeClaimVolumeSource = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            PersistentVolumeClaimVolumeSource.prototype.claimName = "";
            PersistentVolumeClaimVolumeSource.prototype.readOnly = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PersistentVolumeClaimVolumeSource.prototype, "_readOnly", {
                get: $util.oneOfGetter($oneOfFields = ["readOnly"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            PersistentVolumeClaimVolumeSource.create = function(properties) {
                return new PersistentVolumeClaimVolumeSource(properties);
            };

            PersistentVolumeClaimVolumeSource.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.claimName != null && $Object.hasOwnProperty.call(m, "claimName") && m.claimName !== "")
                    w.uint32(10).string(m.claimName);
                if (m.readOnly != null && $Object.hasOwnProperty.call(m, "readOnly"))
                    w.uint32(16).bool(m.readOnly);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            PersistentVolumeClaimVolumeSource.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.PersistentVolumeClaimVolumeSource();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.claimName = v;
                            else
                                delete m.claimName;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            m.readOnly = r.bool();
                            m._readOnly = "readOnly";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return PersistentVolumeClaimVolumeSource;
        })();

        v1.DownwardAPIVolumeFile = (function() {

            const DownwardAPIVolumeFile = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            DownwardAPIVolumeFile.prototype.path = "";
            DownwardAPIVolumeFile.prototype.fieldRef = null;
            DownwardAPIVolumeFile.prototype.resourceFieldRef = null;
            DownwardAPIVolumeFile.prototype.mode = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DownwardAPIVolumeFile.prototype, "_mode", {
                get: $util.oneOfGetter($oneOfFields = ["mode"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            DownwardAPIVolumeFile.create = function(properties) {
                return new DownwardAPIVolumeFile(properties);
            };

            DownwardAPIVolumeFile.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.path != null && $Object.hasOwnProperty.call(m, "path") && m.path !== "")
                    w.uint32(10).string(m.path);
                if (m.fieldRef != null && $Object.hasOwnProperty.call(m, "fieldRef"))
                    $root.troupe.v1.ObjectFieldSelector.encode(m.fieldRef, w.uint32(18).fork(), q + 1).ldelim();
                if (m.resourceFieldRef != null && $Object.hasOwnProperty.call(m, "resourceFieldRef"))
                    $root.troupe.v1.ResourceFieldSelector.encode(m.resourceFieldRef, w.uint32(26).fork(), q + 1).ldelim();
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode"))
                    w.uint32(32).int32(m.mode);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            DownwardAPIVolumeFile.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.DownwardAPIVolumeFile();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.path = v;
                            else
                                delete m.path;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.fieldRef = $root.troupe.v1.ObjectFieldSelector.decode(r, r.size(), $undefined, q + 1, m.fieldRef);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.resourceFieldRef = $root.troupe.v1.ResourceFieldSelector.decode(r, r.size(), $undefined, q + 1, m.resourceFieldRef);
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            m.mode = r.int32();
                            m._mode = "mode";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return DownwardAPIVolumeFile;
        })();

        v1.DownwardAPIVolumeSource = (function() {

            const DownwardAPIVolumeSource = function (p) {
                this.items = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            DownwardAPIVolumeSource.prototype.items = $util.emptyArray;
            DownwardAPIVolumeSource.prototype.defaultMode = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DownwardAPIVolumeSource.prototype, "_defaultMode", {
                get: $util.oneOfGetter($oneOfFields = ["defaultMode"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            DownwardAPIVolumeSource.create = function(properties) {
                return new DownwardAPIVolumeSource(properties);
            };

            DownwardAPIVolumeSource.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.items != null && m.items.length) {
                    for (var i = 0; i < m.items.length; ++i)
                        $root.troupe.v1.DownwardAPIVolumeFile.encode(m.items[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.defaultMode != null && $Object.hasOwnProperty.call(m, "defaultMode"))
                    w.uint32(16).int32(m.defaultMode);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            DownwardAPIVolumeSource.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.DownwardAPIVolumeSource();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.items && m.items.length))
                                m.items = [];
                            m.items.push($root.troupe.v1.DownwardAPIVolumeFile.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            m.defaultMode = r.int32();
                            m._defaultMode = "defaultMode";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return DownwardAPIVolumeSource;
        })();

        v1.ConfigMapProjection = (function() {

            const ConfigMapProjection = function (p) {
                this.items = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ConfigMapProjection.prototype.name = "";
            ConfigMapProjection.prototype.items = $util.emptyArray;
            ConfigMapProjection.prototype.optional = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ConfigMapProjection.prototype, "_optional", {
                get: $util.oneOfGetter($oneOfFields = ["optional"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ConfigMapProjection.create = function(properties) {
                return new ConfigMapProjection(properties);
            };

            ConfigMapProjection.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(10).string(m.name);
                if (m.items != null && m.items.length) {
                    for (var i = 0; i < m.items.length; ++i)
                        $root.troupe.v1.KeyToPath.encode(m.items[i], w.uint32(18).fork(), q + 1).ldelim();
                }
                if (m.optional != null && $Object.hasOwnProperty.call(m, "optional"))
                    w.uint32(24).bool(m.optional);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ConfigMapProjection.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ConfigMapProjection();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.items && m.items.length))
                                m.items = [];
                            m.items.push($root.troupe.v1.KeyToPath.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            m.optional = r.bool();
                            m._optional = "optional";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ConfigMapProjection;
        })();

        v1.SecretProjection = (function() {

            const SecretProjection = function (p) {
                this.items = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            SecretProjection.prototype.name = "";
            SecretProjection.prototype.items = $util.emptyArray;
            SecretProjection.prototype.optional = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SecretProjection.prototype, "_optional", {
                get: $util.oneOfGetter($oneOfFields = ["optional"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            SecretProjection.create = function(properties) {
                return new SecretProjection(properties);
            };

            SecretProjection.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(10).string(m.name);
                if (m.items != null && m.items.length) {
                    for (var i = 0; i < m.items.length; ++i)
                        $root.troupe.v1.KeyToPath.encode(m.items[i], w.uint32(18).fork(), q + 1).ldelim();
                }
                if (m.optional != null && $Object.hasOwnProperty.call(m, "optional"))
                    w.uint32(24).bool(m.optional);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            SecretProjection.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.SecretProjection();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.items && m.items.length))
                                m.items = [];
                            m.items.push($root.troupe.v1.KeyToPath.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            m.optional = r.bool();
                            m._optional = "optional";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return SecretProjection;
        })();

        v1.DownwardAPIProjection = (function() {

            const DownwardAPIProjection = function (p) {
                this.items = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            DownwardAPIProjection.prototype.items = $util.emptyArray;

            DownwardAPIProjection.create = function(properties) {
                return new DownwardAPIProjection(properties);
            };

            DownwardAPIProjection.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.items != null && m.items.length) {
                    for (var i = 0; i < m.items.length; ++i)
                        $root.troupe.v1.DownwardAPIVolumeFile.encode(m.items[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            DownwardAPIProjection.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.DownwardAPIProjection();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.items && m.items.length))
                                m.items = [];
                            m.items.push($root.troupe.v1.DownwardAPIVolumeFile.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return DownwardAPIProjection;
        })();

        v1.ServiceAccountTokenProjection = (function() {

            const ServiceAccountTokenProjection = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ServiceAccountTokenProjection.prototype.audience = "";
            ServiceAccountTokenProjection.prototype.expirationSeconds = null;
            ServiceAccountTokenProjection.prototype.path = "";

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ServiceAccountTokenProjection.prototype, "_expirationSeconds", {
                get: $util.oneOfGetter($oneOfFields = ["expirationSeconds"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ServiceAccountTokenProjection.create = function(properties) {
                return new ServiceAccountTokenProjection(properties);
            };

            ServiceAccountTokenProjection.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.audience != null && $Object.hasOwnProperty.call(m, "audience") && m.audience !== "")
                    w.uint32(10).string(m.audience);
                if (m.expirationSeconds != null && $Object.hasOwnProperty.call(m, "expirationSeconds"))
                    w.uint32(16).int64(m.expirationSeconds);
                if (m.path != null && $Object.hasOwnProperty.call(m, "path") && m.path !== "")
                    w.uint32(26).string(m.path);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ServiceAccountTokenProjection.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ServiceAccountTokenProjection();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.audience = v;
                            else
                                delete m.audience;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            m.expirationSeconds = r.int64();
                            m._expirationSeconds = "expirationSeconds";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.path = v;
                            else
                                delete m.path;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ServiceAccountTokenProjection;
        })();

        v1.VolumeProjection = (function() {

            const VolumeProjection = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            VolumeProjection.prototype.secret = null;
            VolumeProjection.prototype.downwardAPI = null;
            VolumeProjection.prototype.configMap = null;
            VolumeProjection.prototype.serviceAccountToken = null;

            VolumeProjection.create = function(properties) {
                return new VolumeProjection(properties);
            };

            VolumeProjection.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.secret != null && $Object.hasOwnProperty.call(m, "secret"))
                    $root.troupe.v1.SecretProjection.encode(m.secret, w.uint32(10).fork(), q + 1).ldelim();
                if (m.downwardAPI != null && $Object.hasOwnProperty.call(m, "downwardAPI"))
                    $root.troupe.v1.DownwardAPIProjection.encode(m.downwardAPI, w.uint32(18).fork(), q + 1).ldelim();
                if (m.configMap != null && $Object.hasOwnProperty.call(m, "configMap"))
                    $root.troupe.v1.ConfigMapProjection.encode(m.configMap, w.uint32(26).fork(), q + 1).ldelim();
                if (m.serviceAccountToken != null && $Object.hasOwnProperty.call(m, "serviceAccountToken"))
                    $root.troupe.v1.ServiceAccountTokenProjection.encode(m.serviceAccountToken, w.uint32(34).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            VolumeProjection.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.VolumeProjection();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.secret = $root.troupe.v1.SecretProjection.decode(r, r.size(), $undefined, q + 1, m.secret);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.downwardAPI = $root.troupe.v1.DownwardAPIProjection.decode(r, r.size(), $undefined, q + 1, m.downwardAPI);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.configMap = $root.troupe.v1.ConfigMapProjection.decode(r, r.size(), $undefined, q + 1, m.configMap);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.serviceAccountToken = $root.troupe.v1.ServiceAccountTokenProjection.decode(r, r.size(), $undefined, q + 1, m.serviceAccountToken);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return VolumeProjection;
        })();

        v1.ProjectedVolumeSource = (function() {

            const ProjectedVolumeSource = function (p) {
                this.sources = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ProjectedVolumeSource.prototype.sources = $util.emptyArray;
            ProjectedVolumeSource.prototype.defaultMode = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ProjectedVolumeSource.prototype, "_defaultMode", {
                get: $util.oneOfGetter($oneOfFields = ["defaultMode"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ProjectedVolumeSource.create = function(properties) {
                return new ProjectedVolumeSource(properties);
            };

            ProjectedVolumeSource.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.sources != null && m.sources.length) {
                    for (var i = 0; i < m.sources.length; ++i)
                        $root.troupe.v1.VolumeProjection.encode(m.sources[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.defaultMode != null && $Object.hasOwnProperty.call(m, "defaultMode"))
                    w.uint32(16).int32(m.defaultMode);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ProjectedVolumeSource.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ProjectedVolumeSource();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.sources && m.sources.length))
                                m.sources = [];
                            m.sources.push($root.troupe.v1.VolumeProjection.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            m.defaultMode = r.int32();
                            m._defaultMode = "defaultMode";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ProjectedVolumeSource;
        })();

        v1.Volume = (function() {

            const Volume = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Volume.prototype.name = "";
            Volume.prototype.emptyDir = null;
            Volume.prototype.hostPath = null;
            Volume.prototype.configMap = null;
            Volume.prototype.secret = null;
            Volume.prototype.persistentVolumeClaim = null;
            Volume.prototype.downwardAPI = null;
            Volume.prototype.projected = null;

            Volume.create = function(properties) {
                return new Volume(properties);
            };

            Volume.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(10).string(m.name);
                if (m.emptyDir != null && $Object.hasOwnProperty.call(m, "emptyDir"))
                    $root.troupe.v1.EmptyDirVolumeSource.encode(m.emptyDir, w.uint32(18).fork(), q + 1).ldelim();
                if (m.hostPath != null && $Object.hasOwnProperty.call(m, "hostPath"))
                    $root.troupe.v1.HostPathVolumeSource.encode(m.hostPath, w.uint32(26).fork(), q + 1).ldelim();
                if (m.configMap != null && $Object.hasOwnProperty.call(m, "configMap"))
                    $root.troupe.v1.ConfigMapVolumeSource.encode(m.configMap, w.uint32(34).fork(), q + 1).ldelim();
                if (m.secret != null && $Object.hasOwnProperty.call(m, "secret"))
                    $root.troupe.v1.SecretVolumeSource.encode(m.secret, w.uint32(42).fork(), q + 1).ldelim();
                if (m.persistentVolumeClaim != null && $Object.hasOwnProperty.call(m, "persistentVolumeClaim"))
                    $root.troupe.v1.PersistentVolumeClaimVolumeSource.encode(m.persistentVolumeClaim, w.uint32(50).fork(), q + 1).ldelim();
                if (m.downwardAPI != null && $Object.hasOwnProperty.call(m, "downwardAPI"))
                    $root.troupe.v1.DownwardAPIVolumeSource.encode(m.downwardAPI, w.uint32(58).fork(), q + 1).ldelim();
                if (m.projected != null && $Object.hasOwnProperty.call(m, "projected"))
                    $root.troupe.v1.ProjectedVolumeSource.encode(m.projected, w.uint32(66).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Volume.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.Volume();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.emptyDir = $root.troupe.v1.EmptyDirVolumeSource.decode(r, r.size(), $undefined, q + 1, m.emptyDir);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.hostPath = $root.troupe.v1.HostPathVolumeSource.decode(r, r.size(), $undefined, q + 1, m.hostPath);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.configMap = $root.troupe.v1.ConfigMapVolumeSource.decode(r, r.size(), $undefined, q + 1, m.configMap);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.secret = $root.troupe.v1.SecretVolumeSource.decode(r, r.size(), $undefined, q + 1, m.secret);
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            m.persistentVolumeClaim = $root.troupe.v1.PersistentVolumeClaimVolumeSource.decode(r, r.size(), $undefined, q + 1, m.persistentVolumeClaim);
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            m.downwardAPI = $root.troupe.v1.DownwardAPIVolumeSource.decode(r, r.size(), $undefined, q + 1, m.downwardAPI);
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            m.projected = $root.troupe.v1.ProjectedVolumeSource.decode(r, r.size(), $undefined, q + 1, m.projected);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return Volume;
        })();

        v1.NodeSelectorRequirement = (function() {

            const NodeSelectorRequirement = function (p) {
                this.values = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            NodeSelectorRequirement.prototype.key = "";
            NodeSelectorRequirement.prototype.operator = "";
            NodeSelectorRequirement.prototype.values = $util.emptyArray;

            NodeSelectorRequirement.create = function(properties) {
                return new NodeSelectorRequirement(properties);
            };

            NodeSelectorRequirement.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                    w.uint32(10).string(m.key);
                if (m.operator != null && $Object.hasOwnProperty.call(m, "operator") && m.operator !== "")
                    w.uint32(18).string(m.operator);
                if (m.values != null && m.values.length) {
                    for (var i = 0; i < m.values.length; ++i)
                        w.uint32(26).string(m.values[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            NodeSelectorRequirement.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.NodeSelectorRequirement();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.key = v;
                            else
                                delete m.key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.operator = v;
                            else
                                delete m.operator;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.values && m.values.length))
                                m.values = [];
                            m.values.push(r.stringVerify());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return NodeSelectorRequirement;
        })();

        v1.NodeSelectorTerm = (function() {

            const NodeSelectorTerm = function (p) {
                this.matchExpressions = [];
                this.matchFields = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            NodeSelectorTerm.prototype.matchExpressions = $util.emptyArray;
            NodeSelectorTerm.prototype.matchFields = $util.emptyArray;

            NodeSelectorTerm.create = function(properties) {
                return new NodeSelectorTerm(properties);
            };

            NodeSelectorTerm.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.matchExpressions != null && m.matchExpressions.length) {
                    for (var i = 0; i < m.matchExpressions.length; ++i)
                        $root.troupe.v1.NodeSelectorRequirement.encode(m.matchExpressions[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.matchFields != null && m.matchFields.length) {
                    for (var i = 0; i < m.matchFields.length; ++i)
                        $root.troupe.v1.NodeSelectorRequirement.encode(m.matchFields[i], w.uint32(18).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            NodeSelectorTerm.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.NodeSelectorTerm();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.matchExpressions && m.matchExpressions.length))
                                m.matchExpressions = [];
                            m.matchExpressions.push($root.troupe.v1.NodeSelectorRequirement.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.matchFields && m.matchFields.length))
                                m.matchFields = [];
                            m.matchFields.push($root.troupe.v1.NodeSelectorRequirement.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return NodeSelectorTerm;
        })();

        v1.NodeSelector = (function() {

            const NodeSelector = function (p) {
                this.nodeSelectorTerms = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            NodeSelector.prototype.nodeSelectorTerms = $util.emptyArray;

            NodeSelector.create = function(properties) {
                return new NodeSelector(properties);
            };

            NodeSelector.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nodeSelectorTerms != null && m.nodeSelectorTerms.length) {
                    for (var i = 0; i < m.nodeSelectorTerms.length; ++i)
                        $root.troupe.v1.NodeSelectorTerm.encode(m.nodeSelectorTerms[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            NodeSelector.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.NodeSelector();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.nodeSelectorTerms && m.nodeSelectorTerms.length))
                                m.nodeSelectorTerms = [];
                            m.nodeSelectorTerms.push($root.troupe.v1.NodeSelectorTerm.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return NodeSelector;
        })();

        v1.PreferredSchedulingTerm = (function() {

            const PreferredSchedulingTerm = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            PreferredSchedulingTerm.prototype.weight = 0;
            PreferredSchedulingTerm.prototype.preference = null;

            PreferredSchedulingTerm.create = function(properties) {
                return new PreferredSchedulingTerm(properties);
            };

            PreferredSchedulingTerm.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.weight != null && $Object.hasOwnProperty.call(m, "weight") && m.weight !== 0)
                    w.uint32(8).int32(m.weight);
                if (m.preference != null && $Object.hasOwnProperty.call(m, "preference"))
                    $root.troupe.v1.NodeSelectorTerm.encode(m.preference, w.uint32(18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            PreferredSchedulingTerm.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.PreferredSchedulingTerm();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.weight = v;
                            else
                                delete m.weight;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.preference = $root.troupe.v1.NodeSelectorTerm.decode(r, r.size(), $undefined, q + 1, m.preference);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return PreferredSchedulingTerm;
        })();

        v1.NodeAffinity = (function() {

            const NodeAffinity = function (p) {
                this.preferredDuringSchedulingIgnoredDuringExecution = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            NodeAffinity.prototype.requiredDuringSchedulingIgnoredDuringExecution = null;
            NodeAffinity.prototype.preferredDuringSchedulingIgnoredDuringExecution = $util.emptyArray;

            NodeAffinity.create = function(properties) {
                return new NodeAffinity(properties);
            };

            NodeAffinity.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.requiredDuringSchedulingIgnoredDuringExecution != null && $Object.hasOwnProperty.call(m, "requiredDuringSchedulingIgnoredDuringExecution"))
                    $root.troupe.v1.NodeSelector.encode(m.requiredDuringSchedulingIgnoredDuringExecution, w.uint32(10).fork(), q + 1).ldelim();
                if (m.preferredDuringSchedulingIgnoredDuringExecution != null && m.preferredDuringSchedulingIgnoredDuringExecution.length) {
                    for (var i = 0; i < m.preferredDuringSchedulingIgnoredDuringExecution.length; ++i)
                        $root.troupe.v1.PreferredSchedulingTerm.encode(m.preferredDuringSchedulingIgnoredDuringExecution[i], w.uint32(18).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            NodeAffinity.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.NodeAffinity();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.requiredDuringSchedulingIgnoredDuringExecution = $root.troupe.v1.NodeSelector.decode(r, r.size(), $undefined, q + 1, m.requiredDuringSchedulingIgnoredDuringExecution);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.preferredDuringSchedulingIgnoredDuringExecution && m.preferredDuringSchedulingIgnoredDuringExecution.length))
                                m.preferredDuringSchedulingIgnoredDuringExecution = [];
                            m.preferredDuringSchedulingIgnoredDuringExecution.push($root.troupe.v1.PreferredSchedulingTerm.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return NodeAffinity;
        })();

        v1.PodAffinityTerm = (function() {

            const PodAffinityTerm = function (p) {
                this.namespaces = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            PodAffinityTerm.prototype.labelSelector = null;
            PodAffinityTerm.prototype.namespaces = $util.emptyArray;
            PodAffinityTerm.prototype.topologyKey = "";
            PodAffinityTerm.prototype.namespaceSelector = null;

            PodAffinityTerm.create = function(properties) {
                return new PodAffinityTerm(properties);
            };

            PodAffinityTerm.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.labelSelector != null && $Object.hasOwnProperty.call(m, "labelSelector"))
                    $root.troupe.v1.LabelSelector.encode(m.labelSelector, w.uint32(10).fork(), q + 1).ldelim();
                if (m.namespaces != null && m.namespaces.length) {
                    for (var i = 0; i < m.namespaces.length; ++i)
                        w.uint32(18).string(m.namespaces[i]);
                }
                if (m.topologyKey != null && $Object.hasOwnProperty.call(m, "topologyKey") && m.topologyKey !== "")
                    w.uint32(26).string(m.topologyKey);
                if (m.namespaceSelector != null && $Object.hasOwnProperty.call(m, "namespaceSelector"))
                    $root.troupe.v1.LabelSelector.encode(m.namespaceSelector, w.uint32(34).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            PodAffinityTerm.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.PodAffinityTerm();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.labelSelector = $root.troupe.v1.LabelSelector.decode(r, r.size(), $undefined, q + 1, m.labelSelector);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.namespaces && m.namespaces.length))
                                m.namespaces = [];
                            m.namespaces.push(r.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.topologyKey = v;
                            else
                                delete m.topologyKey;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.namespaceSelector = $root.troupe.v1.LabelSelector.decode(r, r.size(), $undefined, q + 1, m.namespaceSelector);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return PodAffinityTerm;
        })();

        v1.WeightedPodAffinityTerm = (function() {

            const WeightedPodAffinityTerm = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            WeightedPodAffinityTerm.prototype.weight = 0;
            WeightedPodAffinityTerm.prototype.podAffinityTerm = null;

            WeightedPodAffinityTerm.create = function(properties) {
                return new WeightedPodAffinityTerm(properties);
            };

            WeightedPodAffinityTerm.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.weight != null && $Object.hasOwnProperty.call(m, "weight") && m.weight !== 0)
                    w.uint32(8).int32(m.weight);
                if (m.podAffinityTerm != null && $Object.hasOwnProperty.call(m, "podAffinityTerm"))
                    $root.troupe.v1.PodAffinityTerm.encode(m.podAffinityTerm, w.uint32(18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            WeightedPodAffinityTerm.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.WeightedPodAffinityTerm();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.weight = v;
                            else
                                delete m.weight;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.podAffinityTerm = $root.troupe.v1.PodAffinityTerm.decode(r, r.size(), $undefined, q + 1, m.podAffinityTerm);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return WeightedPodAffinityTerm;
        })();

        v1.PodAffinity = (function() {

            const PodAffinity = function (p) {
                this.requiredDuringSchedulingIgnoredDuringExecution = [];
                this.preferredDuringSchedulingIgnoredDuringExecution = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            PodAffinity.prototype.requiredDuringSchedulingIgnoredDuringExecution = $util.emptyArray;
            PodAffinity.prototype.preferredDuringSchedulingIgnoredDuringExecution = $util.emptyArray;

            PodAffinity.create = function(properties) {
                return new PodAffinity(properties);
            };

            PodAffinity.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.requiredDuringSchedulingIgnoredDuringExecution != null && m.requiredDuringSchedulingIgnoredDuringExecution.length) {
                    for (var i = 0; i < m.requiredDuringSchedulingIgnoredDuringExecution.length; ++i)
                        $root.troupe.v1.PodAffinityTerm.encode(m.requiredDuringSchedulingIgnoredDuringExecution[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.preferredDuringSchedulingIgnoredDuringExecution != null && m.preferredDuringSchedulingIgnoredDuringExecution.length) {
                    for (var i = 0; i < m.preferredDuringSchedulingIgnoredDuringExecution.length; ++i)
                        $root.troupe.v1.WeightedPodAffinityTerm.encode(m.preferredDuringSchedulingIgnoredDuringExecution[i], w.uint32(18).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            PodAffinity.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.PodAffinity();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.requiredDuringSchedulingIgnoredDuringExecution && m.requiredDuringSchedulingIgnoredDuringExecution.length))
                                m.requiredDuringSchedulingIgnoredDuringExecution = [];
                            m.requiredDuringSchedulingIgnoredDuringExecution.push($root.troupe.v1.PodAffinityTerm.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.preferredDuringSchedulingIgnoredDuringExecution && m.preferredDuringSchedulingIgnoredDuringExecution.length))
                                m.preferredDuringSchedulingIgnoredDuringExecution = [];
                            m.preferredDuringSchedulingIgnoredDuringExecution.push($root.troupe.v1.WeightedPodAffinityTerm.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return PodAffinity;
        })();

        v1.Affinity = (function() {

            const Affinity = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Affinity.prototype.nodeAffinity = null;
            Affinity.prototype.podAffinity = null;
            Affinity.prototype.podAntiAffinity = null;

            Affinity.create = function(properties) {
                return new Affinity(properties);
            };

            Affinity.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nodeAffinity != null && $Object.hasOwnProperty.call(m, "nodeAffinity"))
                    $root.troupe.v1.NodeAffinity.encode(m.nodeAffinity, w.uint32(10).fork(), q + 1).ldelim();
                if (m.podAffinity != null && $Object.hasOwnProperty.call(m, "podAffinity"))
                    $root.troupe.v1.PodAffinity.encode(m.podAffinity, w.uint32(18).fork(), q + 1).ldelim();
                if (m.podAntiAffinity != null && $Object.hasOwnProperty.call(m, "podAntiAffinity"))
                    $root.troupe.v1.PodAffinity.encode(m.podAntiAffinity, w.uint32(26).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Affinity.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.Affinity();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.nodeAffinity = $root.troupe.v1.NodeAffinity.decode(r, r.size(), $undefined, q + 1, m.nodeAffinity);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.podAffinity = $root.troupe.v1.PodAffinity.decode(r, r.size(), $undefined, q + 1, m.podAffinity);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.podAntiAffinity = $root.troupe.v1.PodAffinity.decode(r, r.size(), $undefined, q + 1, m.podAntiAffinity);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return Affinity;
        })();

        v1.Toleration = (function() {

            const Toleration = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Toleration.prototype.key = "";
            Toleration.prototype.operator = "";
            Toleration.prototype.value = "";
            Toleration.prototype.effect = "";
            Toleration.prototype.tolerationSeconds = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Toleration.prototype, "_tolerationSeconds", {
                get: $util.oneOfGetter($oneOfFields = ["tolerationSeconds"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Toleration.create = function(properties) {
                return new Toleration(properties);
            };

            Toleration.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                    w.uint32(10).string(m.key);
                if (m.operator != null && $Object.hasOwnProperty.call(m, "operator") && m.operator !== "")
                    w.uint32(18).string(m.operator);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value !== "")
                    w.uint32(26).string(m.value);
                if (m.effect != null && $Object.hasOwnProperty.call(m, "effect") && m.effect !== "")
                    w.uint32(34).string(m.effect);
                if (m.tolerationSeconds != null && $Object.hasOwnProperty.call(m, "tolerationSeconds"))
                    w.uint32(40).int64(m.tolerationSeconds);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Toleration.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.Toleration();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.key = v;
                            else
                                delete m.key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.operator = v;
                            else
                                delete m.operator;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.value = v;
                            else
                                delete m.value;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.effect = v;
                            else
                                delete m.effect;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            m.tolerationSeconds = r.int64();
                            m._tolerationSeconds = "tolerationSeconds";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return Toleration;
        })();

        v1.TopologySpreadConstraint = (function() {

            const TopologySpreadConstraint = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            TopologySpreadConstraint.prototype.maxSkew = 0;
            TopologySpreadConstraint.prototype.topologyKey = "";
            TopologySpreadConstraint.prototype.whenUnsatisfiable = "";
            TopologySpreadConstraint.prototype.labelSelector = null;

            TopologySpreadConstraint.create = function(properties) {
                return new TopologySpreadConstraint(properties);
            };

            TopologySpreadConstraint.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.maxSkew != null && $Object.hasOwnProperty.call(m, "maxSkew") && m.maxSkew !== 0)
                    w.uint32(8).int32(m.maxSkew);
                if (m.topologyKey != null && $Object.hasOwnProperty.call(m, "topologyKey") && m.topologyKey !== "")
                    w.uint32(18).string(m.topologyKey);
                if (m.whenUnsatisfiable != null && $Object.hasOwnProperty.call(m, "whenUnsatisfiable") && m.whenUnsatisfiable !== "")
                    w.uint32(26).string(m.whenUnsatisfiable);
                if (m.labelSelector != null && $Object.hasOwnProperty.call(m, "labelSelector"))
                    $root.troupe.v1.LabelSelector.encode(m.labelSelector, w.uint32(34).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            TopologySpreadConstraint.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.TopologySpreadConstraint();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.maxSkew = v;
                            else
                                delete m.maxSkew;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.topologyKey = v;
                            else
                                delete m.topologyKey;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.whenUnsatisfiable = v;
                            else
                                delete m.whenUnsatisfiable;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.labelSelector = $root.troupe.v1.LabelSelector.decode(r, r.size(), $undefined, q + 1, m.labelSelector);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return TopologySpreadConstraint;
        })();

        v1.PodSpec = (function() {

            const PodSpec = function (p) {
                this.volumes = [];
                this.initContainers = [];
                this.containers = [];
                this.nodeSelector = {};
                this.tolerations = [];
                this.imagePullSecrets = [];
                this.topologySpreadConstraints = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            PodSpec.prototype.volumes = $util.emptyArray;
            PodSpec.prototype.initContainers = $util.emptyArray;
            PodSpec.prototype.containers = $util.emptyArray;
            PodSpec.prototype.restartPolicy = "";
            PodSpec.prototype.terminationGracePeriodSeconds = null;
            PodSpec.prototype.activeDeadlineSeconds = null;
            PodSpec.prototype.dnsPolicy = "";
            PodSpec.prototype.nodeSelector = $util.emptyObject;
            PodSpec.prototype.serviceAccountName = "";
            PodSpec.prototype.nodeName = "";
            PodSpec.prototype.hostNetwork = null;
            PodSpec.prototype.hostname = "";
            PodSpec.prototype.subdomain = "";
            PodSpec.prototype.affinity = null;
            PodSpec.prototype.schedulerName = "";
            PodSpec.prototype.tolerations = $util.emptyArray;
            PodSpec.prototype.priority = null;
            PodSpec.prototype.priorityClassName = "";
            PodSpec.prototype.securityContext = null;
            PodSpec.prototype.imagePullSecrets = $util.emptyArray;
            PodSpec.prototype.topologySpreadConstraints = $util.emptyArray;
            PodSpec.prototype.automountServiceAccountToken = null;
            PodSpec.prototype.enableServiceLinks = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PodSpec.prototype, "_terminationGracePeriodSeconds", {
                get: $util.oneOfGetter($oneOfFields = ["terminationGracePeriodSeconds"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PodSpec.prototype, "_activeDeadlineSeconds", {
                get: $util.oneOfGetter($oneOfFields = ["activeDeadlineSeconds"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PodSpec.prototype, "_hostNetwork", {
                get: $util.oneOfGetter($oneOfFields = ["hostNetwork"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PodSpec.prototype, "_priority", {
                get: $util.oneOfGetter($oneOfFields = ["priority"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PodSpec.prototype, "_automountServiceAccountToken", {
                get: $util.oneOfGetter($oneOfFields = ["automountServiceAccountToken"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PodSpec.prototype, "_enableServiceLinks", {
                get: $util.oneOfGetter($oneOfFields = ["enableServiceLinks"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            PodSpec.create = function(properties) {
                return new PodSpec(properties);
            };

            PodSpec.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.volumes != null && m.volumes.length) {
                    for (var i = 0; i < m.volumes.length; ++i)
                        $root.troupe.v1.Volume.encode(m.volumes[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.initContainers != null && m.initContainers.length) {
                    for (var i = 0; i < m.initContainers.length; ++i)
                        $root.troupe.v1.Container.encode(m.initContainers[i], w.uint32(18).fork(), q + 1).ldelim();
                }
                if (m.containers != null && m.containers.length) {
                    for (var i = 0; i < m.containers.length; ++i)
                        $root.troupe.v1.Container.encode(m.containers[i], w.uint32(26).fork(), q + 1).ldelim();
                }
                if (m.restartPolicy != null && $Object.hasOwnProperty.call(m, "restartPolicy") && m.restartPolicy !== "")
                    w.uint32(34).string(m.restartPolicy);
                if (m.terminationGracePeriodSeconds != null && $Object.hasOwnProperty.call(m, "terminationGracePeriodSeconds"))
                    w.uint32(40).int64(m.terminationGracePeriodSeconds);
                if (m.activeDeadlineSeconds != null && $Object.hasOwnProperty.call(m, "activeDeadlineSeconds"))
                    w.uint32(48).int64(m.activeDeadlineSeconds);
                if (m.dnsPolicy != null && $Object.hasOwnProperty.call(m, "dnsPolicy") && m.dnsPolicy !== "")
                    w.uint32(58).string(m.dnsPolicy);
                if (m.nodeSelector != null && $Object.hasOwnProperty.call(m, "nodeSelector")) {
                    for (var ks = $Object.keys(m.nodeSelector), i = 0; i < ks.length; ++i) {
                        w.uint32(66).fork().uint32(10).string(ks[i]).uint32(18).string(m.nodeSelector[ks[i]]).ldelim();
                    }
                }
                if (m.serviceAccountName != null && $Object.hasOwnProperty.call(m, "serviceAccountName") && m.serviceAccountName !== "")
                    w.uint32(74).string(m.serviceAccountName);
                if (m.nodeName != null && $Object.hasOwnProperty.call(m, "nodeName") && m.nodeName !== "")
                    w.uint32(82).string(m.nodeName);
                if (m.hostNetwork != null && $Object.hasOwnProperty.call(m, "hostNetwork"))
                    w.uint32(88).bool(m.hostNetwork);
                if (m.hostname != null && $Object.hasOwnProperty.call(m, "hostname") && m.hostname !== "")
                    w.uint32(98).string(m.hostname);
                if (m.subdomain != null && $Object.hasOwnProperty.call(m, "subdomain") && m.subdomain !== "")
                    w.uint32(106).string(m.subdomain);
                if (m.affinity != null && $Object.hasOwnProperty.call(m, "affinity"))
                    $root.troupe.v1.Affinity.encode(m.affinity, w.uint32(114).fork(), q + 1).ldelim();
                if (m.schedulerName != null && $Object.hasOwnProperty.call(m, "schedulerName") && m.schedulerName !== "")
                    w.uint32(122).string(m.schedulerName);
                if (m.tolerations != null && m.tolerations.length) {
                    for (var i = 0; i < m.tolerations.length; ++i)
                        $root.troupe.v1.Toleration.encode(m.tolerations[i], w.uint32(130).fork(), q + 1).ldelim();
                }
                if (m.priority != null && $Object.hasOwnProperty.call(m, "priority"))
                    w.uint32(136).int32(m.priority);
                if (m.priorityClassName != null && $Object.hasOwnProperty.call(m, "priorityClassName") && m.priorityClassName !== "")
                    w.uint32(146).string(m.priorityClassName);
                if (m.securityContext != null && $Object.hasOwnProperty.call(m, "securityContext"))
                    $root.troupe.v1.PodSecurityContext.encode(m.securityContext, w.uint32(154).fork(), q + 1).ldelim();
                if (m.imagePullSecrets != null && m.imagePullSecrets.length) {
                    for (var i = 0; i < m.imagePullSecrets.length; ++i)
                        $root.troupe.v1.LocalObjectReference.encode(m.imagePullSecrets[i], w.uint32(162).fork(), q + 1).ldelim();
                }
                if (m.topologySpreadConstraints != null && m.topologySpreadConstraints.length) {
                    for (var i = 0; i < m.topologySpreadConstraints.length; ++i)
                        $root.troupe.v1.TopologySpreadConstraint.encode(m.topologySpreadConstraints[i], w.uint32(170).fork(), q + 1).ldelim();
                }
                if (m.automountServiceAccountToken != null && $Object.hasOwnProperty.call(m, "automountServiceAccountToken"))
                    w.uint32(176).bool(m.automountServiceAccountToken);
                if (m.enableServiceLinks != null && $Object.hasOwnProperty.call(m, "enableServiceLinks"))
                    w.uint32(184).bool(m.enableServiceLinks);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            PodSpec.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.PodSpec();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.volumes && m.volumes.length))
                                m.volumes = [];
                            m.volumes.push($root.troupe.v1.Volume.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.initContainers && m.initContainers.length))
                                m.initContainers = [];
                            m.initContainers.push($root.troupe.v1.Container.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.containers && m.containers.length))
                                m.containers = [];
                            m.containers.push($root.troupe.v1.Container.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.restartPolicy = v;
                            else
                                delete m.restartPolicy;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            m.terminationGracePeriodSeconds = r.int64();
                            m._terminationGracePeriodSeconds = "terminationGracePeriodSeconds";
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            m.activeDeadlineSeconds = r.int64();
                            m._activeDeadlineSeconds = "activeDeadlineSeconds";
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.dnsPolicy = v;
                            else
                                delete m.dnsPolicy;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if (m.nodeSelector === $util.emptyObject)
                                m.nodeSelector = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.nodeSelector, k);
                            m.nodeSelector[k] = v;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.serviceAccountName = v;
                            else
                                delete m.serviceAccountName;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nodeName = v;
                            else
                                delete m.nodeName;
                            continue;
                        }
                    case 11: {
                            if (u !== 0)
                                break;
                            m.hostNetwork = r.bool();
                            m._hostNetwork = "hostNetwork";
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.hostname = v;
                            else
                                delete m.hostname;
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.subdomain = v;
                            else
                                delete m.subdomain;
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            m.affinity = $root.troupe.v1.Affinity.decode(r, r.size(), $undefined, q + 1, m.affinity);
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.schedulerName = v;
                            else
                                delete m.schedulerName;
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            if (!(m.tolerations && m.tolerations.length))
                                m.tolerations = [];
                            m.tolerations.push($root.troupe.v1.Toleration.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 17: {
                            if (u !== 0)
                                break;
                            m.priority = r.int32();
                            m._priority = "priority";
                            continue;
                        }
                    case 18: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.priorityClassName = v;
                            else
                                delete m.priorityClassName;
                            continue;
                        }
                    case 19: {
                            if (u !== 2)
                                break;
                            m.securityContext = $root.troupe.v1.PodSecurityContext.decode(r, r.size(), $undefined, q + 1, m.securityContext);
                            continue;
                        }
                    case 20: {
                            if (u !== 2)
                                break;
                            if (!(m.imagePullSecrets && m.imagePullSecrets.length))
                                m.imagePullSecrets = [];
                            m.imagePullSecrets.push($root.troupe.v1.LocalObjectReference.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 21: {
                            if (u !== 2)
                                break;
                            if (!(m.topologySpreadConstraints && m.topologySpreadConstraints.length))
                                m.topologySpreadConstraints = [];
                            m.topologySpreadConstraints.push($root.troupe.v1.TopologySpreadConstraint.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 22: {
                            if (u !== 0)
                                break;
                            m.automountServiceAccountToken = r.bool();
                            m._automountServiceAccountToken = "automountServiceAccountToken";
                            continue;
                        }
                    case 23: {
                            if (u !== 0)
                                break;
                            m.enableServiceLinks = r.bool();
                            m._enableServiceLinks = "enableServiceLinks";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return PodSpec;
        })();

        v1.PodTemplateSpec = (function() {

            const PodTemplateSpec = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            PodTemplateSpec.prototype.metadata = null;
            PodTemplateSpec.prototype.spec = null;

            PodTemplateSpec.create = function(properties) {
                return new PodTemplateSpec(properties);
            };

            PodTemplateSpec.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.troupe.v1.ObjectMeta.encode(m.metadata, w.uint32(10).fork(), q + 1).ldelim();
                if (m.spec != null && $Object.hasOwnProperty.call(m, "spec"))
                    $root.troupe.v1.PodSpec.encode(m.spec, w.uint32(18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            PodTemplateSpec.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.PodTemplateSpec();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.troupe.v1.ObjectMeta.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.spec = $root.troupe.v1.PodSpec.decode(r, r.size(), $undefined, q + 1, m.spec);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return PodTemplateSpec;
        })();

        v1.ContainerStateWaiting = (function() {

            const ContainerStateWaiting = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ContainerStateWaiting.prototype.reason = "";
            ContainerStateWaiting.prototype.message = "";

            ContainerStateWaiting.create = function(properties) {
                return new ContainerStateWaiting(properties);
            };

            ContainerStateWaiting.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(10).string(m.reason);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(18).string(m.message);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ContainerStateWaiting.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ContainerStateWaiting();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ContainerStateWaiting;
        })();

        v1.ContainerStateRunning = (function() {

            const ContainerStateRunning = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ContainerStateRunning.prototype.startedAt = "";

            ContainerStateRunning.create = function(properties) {
                return new ContainerStateRunning(properties);
            };

            ContainerStateRunning.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.startedAt != null && $Object.hasOwnProperty.call(m, "startedAt") && m.startedAt !== "")
                    w.uint32(10).string(m.startedAt);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ContainerStateRunning.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ContainerStateRunning();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.startedAt = v;
                            else
                                delete m.startedAt;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ContainerStateRunning;
        })();

        v1.ContainerStateTerminated = (function() {

            const ContainerStateTerminated = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ContainerStateTerminated.prototype.exitCode = 0;
            ContainerStateTerminated.prototype.signal = 0;
            ContainerStateTerminated.prototype.reason = "";
            ContainerStateTerminated.prototype.message = "";
            ContainerStateTerminated.prototype.startedAt = "";
            ContainerStateTerminated.prototype.finishedAt = "";
            ContainerStateTerminated.prototype.containerID = "";

            ContainerStateTerminated.create = function(properties) {
                return new ContainerStateTerminated(properties);
            };

            ContainerStateTerminated.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.exitCode != null && $Object.hasOwnProperty.call(m, "exitCode") && m.exitCode !== 0)
                    w.uint32(8).int32(m.exitCode);
                if (m.signal != null && $Object.hasOwnProperty.call(m, "signal") && m.signal !== 0)
                    w.uint32(16).int32(m.signal);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(26).string(m.reason);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(34).string(m.message);
                if (m.startedAt != null && $Object.hasOwnProperty.call(m, "startedAt") && m.startedAt !== "")
                    w.uint32(42).string(m.startedAt);
                if (m.finishedAt != null && $Object.hasOwnProperty.call(m, "finishedAt") && m.finishedAt !== "")
                    w.uint32(50).string(m.finishedAt);
                if (m.containerID != null && $Object.hasOwnProperty.call(m, "containerID") && m.containerID !== "")
                    w.uint32(58).string(m.containerID);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ContainerStateTerminated.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ContainerStateTerminated();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.exitCode = v;
                            else
                                delete m.exitCode;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.signal = v;
                            else
                                delete m.signal;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.startedAt = v;
                            else
                                delete m.startedAt;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.finishedAt = v;
                            else
                                delete m.finishedAt;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.containerID = v;
                            else
                                delete m.containerID;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ContainerStateTerminated;
        })();

        v1.ContainerState = (function() {

            const ContainerState = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ContainerState.prototype.waiting = null;
            ContainerState.prototype.running = null;
            ContainerState.prototype.terminated = null;

            ContainerState.create = function(properties) {
                return new ContainerState(properties);
            };

            ContainerState.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.waiting != null && $Object.hasOwnProperty.call(m, "waiting"))
                    $root.troupe.v1.ContainerStateWaiting.encode(m.waiting, w.uint32(10).fork(), q + 1).ldelim();
                if (m.running != null && $Object.hasOwnProperty.call(m, "running"))
                    $root.troupe.v1.ContainerStateRunning.encode(m.running, w.uint32(18).fork(), q + 1).ldelim();
                if (m.terminated != null && $Object.hasOwnProperty.call(m, "terminated"))
                    $root.troupe.v1.ContainerStateTerminated.encode(m.terminated, w.uint32(26).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ContainerState.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ContainerState();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.waiting = $root.troupe.v1.ContainerStateWaiting.decode(r, r.size(), $undefined, q + 1, m.waiting);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.running = $root.troupe.v1.ContainerStateRunning.decode(r, r.size(), $undefined, q + 1, m.running);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.terminated = $root.troupe.v1.ContainerStateTerminated.decode(r, r.size(), $undefined, q + 1, m.terminated);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ContainerState;
        })();

        v1.ContainerStatus = (function() {

            const ContainerStatus = function (p) {
                this.ports = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ContainerStatus.prototype.name = "";
            ContainerStatus.prototype.state = null;
            ContainerStatus.prototype.lastState = null;
            ContainerStatus.prototype.ready = false;
            ContainerStatus.prototype.restartCount = 0;
            ContainerStatus.prototype.image = "";
            ContainerStatus.prototype.imageID = "";
            ContainerStatus.prototype.containerID = "";
            ContainerStatus.prototype.started = null;
            ContainerStatus.prototype.ports = $util.emptyArray;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ContainerStatus.prototype, "_started", {
                get: $util.oneOfGetter($oneOfFields = ["started"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ContainerStatus.create = function(properties) {
                return new ContainerStatus(properties);
            };

            ContainerStatus.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(10).string(m.name);
                if (m.state != null && $Object.hasOwnProperty.call(m, "state"))
                    $root.troupe.v1.ContainerState.encode(m.state, w.uint32(18).fork(), q + 1).ldelim();
                if (m.lastState != null && $Object.hasOwnProperty.call(m, "lastState"))
                    $root.troupe.v1.ContainerState.encode(m.lastState, w.uint32(26).fork(), q + 1).ldelim();
                if (m.ready != null && $Object.hasOwnProperty.call(m, "ready") && m.ready !== false)
                    w.uint32(32).bool(m.ready);
                if (m.restartCount != null && $Object.hasOwnProperty.call(m, "restartCount") && m.restartCount !== 0)
                    w.uint32(40).int32(m.restartCount);
                if (m.image != null && $Object.hasOwnProperty.call(m, "image") && m.image !== "")
                    w.uint32(50).string(m.image);
                if (m.imageID != null && $Object.hasOwnProperty.call(m, "imageID") && m.imageID !== "")
                    w.uint32(58).string(m.imageID);
                if (m.containerID != null && $Object.hasOwnProperty.call(m, "containerID") && m.containerID !== "")
                    w.uint32(66).string(m.containerID);
                if (m.started != null && $Object.hasOwnProperty.call(m, "started"))
                    w.uint32(72).bool(m.started);
                if (m.ports != null && m.ports.length) {
                    for (var i = 0; i < m.ports.length; ++i)
                        $root.troupe.v1.ContainerPort.encode(m.ports[i], w.uint32(82).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ContainerStatus.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ContainerStatus();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.state = $root.troupe.v1.ContainerState.decode(r, r.size(), $undefined, q + 1, m.state);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.lastState = $root.troupe.v1.ContainerState.decode(r, r.size(), $undefined, q + 1, m.lastState);
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.ready = v;
                            else
                                delete m.ready;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.restartCount = v;
                            else
                                delete m.restartCount;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.image = v;
                            else
                                delete m.image;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.imageID = v;
                            else
                                delete m.imageID;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.containerID = v;
                            else
                                delete m.containerID;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            m.started = r.bool();
                            m._started = "started";
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if (!(m.ports && m.ports.length))
                                m.ports = [];
                            m.ports.push($root.troupe.v1.ContainerPort.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ContainerStatus;
        })();

        v1.PodIP = (function() {

            const PodIP = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            PodIP.prototype.ip = "";

            PodIP.create = function(properties) {
                return new PodIP(properties);
            };

            PodIP.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ip != null && $Object.hasOwnProperty.call(m, "ip") && m.ip !== "")
                    w.uint32(10).string(m.ip);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            PodIP.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.PodIP();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.ip = v;
                            else
                                delete m.ip;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return PodIP;
        })();

        v1.PodStatus = (function() {

            const PodStatus = function (p) {
                this.conditions = [];
                this.podIPs = [];
                this.initContainerStatuses = [];
                this.containerStatuses = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            PodStatus.prototype.phase = "";
            PodStatus.prototype.conditions = $util.emptyArray;
            PodStatus.prototype.message = "";
            PodStatus.prototype.reason = "";
            PodStatus.prototype.hostIP = "";
            PodStatus.prototype.podIP = "";
            PodStatus.prototype.podIPs = $util.emptyArray;
            PodStatus.prototype.startTime = "";
            PodStatus.prototype.initContainerStatuses = $util.emptyArray;
            PodStatus.prototype.containerStatuses = $util.emptyArray;
            PodStatus.prototype.qosClass = "";
            PodStatus.prototype.nominatedNodeName = "";

            PodStatus.create = function(properties) {
                return new PodStatus(properties);
            };

            PodStatus.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.phase != null && $Object.hasOwnProperty.call(m, "phase") && m.phase !== "")
                    w.uint32(10).string(m.phase);
                if (m.conditions != null && m.conditions.length) {
                    for (var i = 0; i < m.conditions.length; ++i)
                        $root.troupe.v1.Condition.encode(m.conditions[i], w.uint32(18).fork(), q + 1).ldelim();
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(26).string(m.message);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(34).string(m.reason);
                if (m.hostIP != null && $Object.hasOwnProperty.call(m, "hostIP") && m.hostIP !== "")
                    w.uint32(42).string(m.hostIP);
                if (m.podIP != null && $Object.hasOwnProperty.call(m, "podIP") && m.podIP !== "")
                    w.uint32(50).string(m.podIP);
                if (m.podIPs != null && m.podIPs.length) {
                    for (var i = 0; i < m.podIPs.length; ++i)
                        $root.troupe.v1.PodIP.encode(m.podIPs[i], w.uint32(58).fork(), q + 1).ldelim();
                }
                if (m.startTime != null && $Object.hasOwnProperty.call(m, "startTime") && m.startTime !== "")
                    w.uint32(66).string(m.startTime);
                if (m.initContainerStatuses != null && m.initContainerStatuses.length) {
                    for (var i = 0; i < m.initContainerStatuses.length; ++i)
                        $root.troupe.v1.ContainerStatus.encode(m.initContainerStatuses[i], w.uint32(74).fork(), q + 1).ldelim();
                }
                if (m.containerStatuses != null && m.containerStatuses.length) {
                    for (var i = 0; i < m.containerStatuses.length; ++i)
                        $root.troupe.v1.ContainerStatus.encode(m.containerStatuses[i], w.uint32(82).fork(), q + 1).ldelim();
                }
                if (m.qosClass != null && $Object.hasOwnProperty.call(m, "qosClass") && m.qosClass !== "")
                    w.uint32(90).string(m.qosClass);
                if (m.nominatedNodeName != null && $Object.hasOwnProperty.call(m, "nominatedNodeName") && m.nominatedNodeName !== "")
                    w.uint32(98).string(m.nominatedNodeName);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            PodStatus.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.PodStatus();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.phase = v;
                            else
                                delete m.phase;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.conditions && m.conditions.length))
                                m.conditions = [];
                            m.conditions.push($root.troupe.v1.Condition.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.hostIP = v;
                            else
                                delete m.hostIP;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.podIP = v;
                            else
                                delete m.podIP;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if (!(m.podIPs && m.podIPs.length))
                                m.podIPs = [];
                            m.podIPs.push($root.troupe.v1.PodIP.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.startTime = v;
                            else
                                delete m.startTime;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if (!(m.initContainerStatuses && m.initContainerStatuses.length))
                                m.initContainerStatuses = [];
                            m.initContainerStatuses.push($root.troupe.v1.ContainerStatus.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if (!(m.containerStatuses && m.containerStatuses.length))
                                m.containerStatuses = [];
                            m.containerStatuses.push($root.troupe.v1.ContainerStatus.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.qosClass = v;
                            else
                                delete m.qosClass;
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nominatedNodeName = v;
                            else
                                delete m.nominatedNodeName;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return PodStatus;
        })();

        v1.Pod = (function() {

            const Pod = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Pod.prototype.apiVersion = "";
            Pod.prototype.kind = "";
            Pod.prototype.metadata = null;
            Pod.prototype.spec = null;
            Pod.prototype.status = null;

            Pod.create = function(properties) {
                return new Pod(properties);
            };

            Pod.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.apiVersion != null && $Object.hasOwnProperty.call(m, "apiVersion") && m.apiVersion !== "")
                    w.uint32(10).string(m.apiVersion);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(18).string(m.kind);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.troupe.v1.ObjectMeta.encode(m.metadata, w.uint32(26).fork(), q + 1).ldelim();
                if (m.spec != null && $Object.hasOwnProperty.call(m, "spec"))
                    $root.troupe.v1.PodSpec.encode(m.spec, w.uint32(34).fork(), q + 1).ldelim();
                if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                    $root.troupe.v1.PodStatus.encode(m.status, w.uint32(42).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Pod.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.Pod();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.apiVersion = v;
                            else
                                delete m.apiVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.troupe.v1.ObjectMeta.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.spec = $root.troupe.v1.PodSpec.decode(r, r.size(), $undefined, q + 1, m.spec);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.status = $root.troupe.v1.PodStatus.decode(r, r.size(), $undefined, q + 1, m.status);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return Pod;
        })();

        v1.LocalVolumeSource = (function() {

            const LocalVolumeSource = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            LocalVolumeSource.prototype.path = "";
            LocalVolumeSource.prototype.fsType = "";

            LocalVolumeSource.create = function(properties) {
                return new LocalVolumeSource(properties);
            };

            LocalVolumeSource.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.path != null && $Object.hasOwnProperty.call(m, "path") && m.path !== "")
                    w.uint32(10).string(m.path);
                if (m.fsType != null && $Object.hasOwnProperty.call(m, "fsType") && m.fsType !== "")
                    w.uint32(18).string(m.fsType);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            LocalVolumeSource.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.LocalVolumeSource();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.path = v;
                            else
                                delete m.path;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.fsType = v;
                            else
                                delete m.fsType;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return LocalVolumeSource;
        })();

        v1.VolumeNodeAffinity = (function() {

            const VolumeNodeAffinity = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            VolumeNodeAffinity.prototype.required = null;

            VolumeNodeAffinity.create = function(properties) {
                return new VolumeNodeAffinity(properties);
            };

            VolumeNodeAffinity.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.required != null && $Object.hasOwnProperty.call(m, "required"))
                    $root.troupe.v1.NodeSelector.encode(m.required, w.uint32(10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            VolumeNodeAffinity.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.VolumeNodeAffinity();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.required = $root.troupe.v1.NodeSelector.decode(r, r.size(), $undefined, q + 1, m.required);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return VolumeNodeAffinity;
        })();

        v1.PersistentVolumeSpec = (function() {

            const PersistentVolumeSpec = function (p) {
                this.capacity = {};
                this.accessModes = [];
                this.mountOptions = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            PersistentVolumeSpec.prototype.capacity = $util.emptyObject;
            PersistentVolumeSpec.prototype.accessModes = $util.emptyArray;
            PersistentVolumeSpec.prototype.claimRef = null;
            PersistentVolumeSpec.prototype.persistentVolumeReclaimPolicy = "";
            PersistentVolumeSpec.prototype.storageClassName = "";
            PersistentVolumeSpec.prototype.mountOptions = $util.emptyArray;
            PersistentVolumeSpec.prototype.volumeMode = "";
            PersistentVolumeSpec.prototype.nodeAffinity = null;
            PersistentVolumeSpec.prototype.hostPath = null;
            PersistentVolumeSpec.prototype.local = null;

            PersistentVolumeSpec.create = function(properties) {
                return new PersistentVolumeSpec(properties);
            };

            PersistentVolumeSpec.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.capacity != null && $Object.hasOwnProperty.call(m, "capacity")) {
                    for (var ks = $Object.keys(m.capacity), i = 0; i < ks.length; ++i) {
                        w.uint32(10).fork().uint32(10).string(ks[i]).uint32(18).string(m.capacity[ks[i]]).ldelim();
                    }
                }
                if (m.accessModes != null && m.accessModes.length) {
                    for (var i = 0; i < m.accessModes.length; ++i)
                        w.uint32(18).string(m.accessModes[i]);
                }
                if (m.claimRef != null && $Object.hasOwnProperty.call(m, "claimRef"))
                    $root.troupe.v1.ObjectReference.encode(m.claimRef, w.uint32(26).fork(), q + 1).ldelim();
                if (m.persistentVolumeReclaimPolicy != null && $Object.hasOwnProperty.call(m, "persistentVolumeReclaimPolicy") && m.persistentVolumeReclaimPolicy !== "")
                    w.uint32(34).string(m.persistentVolumeReclaimPolicy);
                if (m.storageClassName != null && $Object.hasOwnProperty.call(m, "storageClassName") && m.storageClassName !== "")
                    w.uint32(42).string(m.storageClassName);
                if (m.mountOptions != null && m.mountOptions.length) {
                    for (var i = 0; i < m.mountOptions.length; ++i)
                        w.uint32(50).string(m.mountOptions[i]);
                }
                if (m.volumeMode != null && $Object.hasOwnProperty.call(m, "volumeMode") && m.volumeMode !== "")
                    w.uint32(58).string(m.volumeMode);
                if (m.nodeAffinity != null && $Object.hasOwnProperty.call(m, "nodeAffinity"))
                    $root.troupe.v1.VolumeNodeAffinity.encode(m.nodeAffinity, w.uint32(66).fork(), q + 1).ldelim();
                if (m.hostPath != null && $Object.hasOwnProperty.call(m, "hostPath"))
                    $root.troupe.v1.HostPathVolumeSource.encode(m.hostPath, w.uint32(74).fork(), q + 1).ldelim();
                if (m.local != null && $Object.hasOwnProperty.call(m, "local"))
                    $root.troupe.v1.LocalVolumeSource.encode(m.local, w.uint32(82).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            PersistentVolumeSpec.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.PersistentVolumeSpec();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (m.capacity === $util.emptyObject)
                                m.capacity = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.capacity, k);
                            m.capacity[k] = v;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.accessModes && m.accessModes.length))
                                m.accessModes = [];
                            m.accessModes.push(r.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.claimRef = $root.troupe.v1.ObjectReference.decode(r, r.size(), $undefined, q + 1, m.claimRef);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.persistentVolumeReclaimPolicy = v;
                            else
                                delete m.persistentVolumeReclaimPolicy;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.storageClassName = v;
                            else
                                delete m.storageClassName;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if (!(m.mountOptions && m.mountOptions.length))
                                m.mountOptions = [];
                            m.mountOptions.push(r.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.volumeMode = v;
                            else
                                delete m.volumeMode;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            m.nodeAffinity = $root.troupe.v1.VolumeNodeAffinity.decode(r, r.size(), $undefined, q + 1, m.nodeAffinity);
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            m.hostPath = $root.troupe.v1.HostPathVolumeSource.decode(r, r.size(), $undefined, q + 1, m.hostPath);
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            m.local = $root.troupe.v1.LocalVolumeSource.decode(r, r.size(), $undefined, q + 1, m.local);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return PersistentVolumeSpec;
        })();

        v1.PersistentVolumeStatus = (function() {

            const PersistentVolumeStatus = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            PersistentVolumeStatus.prototype.phase = "";
            PersistentVolumeStatus.prototype.message = "";
            PersistentVolumeStatus.prototype.reason = "";
            PersistentVolumeStatus.prototype.lastPhaseTransitionTime = "";

            PersistentVolumeStatus.create = function(properties) {
                return new PersistentVolumeStatus(properties);
            };

            PersistentVolumeStatus.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.phase != null && $Object.hasOwnProperty.call(m, "phase") && m.phase !== "")
                    w.uint32(10).string(m.phase);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(18).string(m.message);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(26).string(m.reason);
                if (m.lastPhaseTransitionTime != null && $Object.hasOwnProperty.call(m, "lastPhaseTransitionTime") && m.lastPhaseTransitionTime !== "")
                    w.uint32(34).string(m.lastPhaseTransitionTime);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            PersistentVolumeStatus.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.PersistentVolumeStatus();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.phase = v;
                            else
                                delete m.phase;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.lastPhaseTransitionTime = v;
                            else
                                delete m.lastPhaseTransitionTime;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return PersistentVolumeStatus;
        })();

        v1.PersistentVolume = (function() {

            const PersistentVolume = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            PersistentVolume.prototype.apiVersion = "";
            PersistentVolume.prototype.kind = "";
            PersistentVolume.prototype.metadata = null;
            PersistentVolume.prototype.spec = null;
            PersistentVolume.prototype.status = null;

            PersistentVolume.create = function(properties) {
                return new PersistentVolume(properties);
            };

            PersistentVolume.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.apiVersion != null && $Object.hasOwnProperty.call(m, "apiVersion") && m.apiVersion !== "")
                    w.uint32(10).string(m.apiVersion);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(18).string(m.kind);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.troupe.v1.ObjectMeta.encode(m.metadata, w.uint32(26).fork(), q + 1).ldelim();
                if (m.spec != null && $Object.hasOwnProperty.call(m, "spec"))
                    $root.troupe.v1.PersistentVolumeSpec.encode(m.spec, w.uint32(34).fork(), q + 1).ldelim();
                if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                    $root.troupe.v1.PersistentVolumeStatus.encode(m.status, w.uint32(42).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            PersistentVolume.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.PersistentVolume();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.apiVersion = v;
                            else
                                delete m.apiVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.troupe.v1.ObjectMeta.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.spec = $root.troupe.v1.PersistentVolumeSpec.decode(r, r.size(), $undefined, q + 1, m.spec);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.status = $root.troupe.v1.PersistentVolumeStatus.decode(r, r.size(), $undefined, q + 1, m.status);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return PersistentVolume;
        })();

        v1.VolumeResourceRequirements = (function() {

            const VolumeResourceRequirements = function (p) {
                this.limits = {};
                this.requests = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            VolumeResourceRequirements.prototype.limits = $util.emptyObject;
            VolumeResourceRequirements.prototype.requests = $util.emptyObject;

            VolumeResourceRequirements.create = function(properties) {
                return new VolumeResourceRequirements(properties);
            };

            VolumeResourceRequirements.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.limits != null && $Object.hasOwnProperty.call(m, "limits")) {
                    for (var ks = $Object.keys(m.limits), i = 0; i < ks.length; ++i) {
                        w.uint32(10).fork().uint32(10).string(ks[i]).uint32(18).string(m.limits[ks[i]]).ldelim();
                    }
                }
                if (m.requests != null && $Object.hasOwnProperty.call(m, "requests")) {
                    for (var ks = $Object.keys(m.requests), i = 0; i < ks.length; ++i) {
                        w.uint32(18).fork().uint32(10).string(ks[i]).uint32(18).string(m.requests[ks[i]]).ldelim();
                    }
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            VolumeResourceRequirements.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.VolumeResourceRequirements();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (m.limits === $util.emptyObject)
                                m.limits = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.limits, k);
                            m.limits[k] = v;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (m.requests === $util.emptyObject)
                                m.requests = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.requests, k);
                            m.requests[k] = v;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return VolumeResourceRequirements;
        })();

        v1.PersistentVolumeClaimSpec = (function() {

            const PersistentVolumeClaimSpec = function (p) {
                this.accessModes = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            PersistentVolumeClaimSpec.prototype.accessModes = $util.emptyArray;
            PersistentVolumeClaimSpec.prototype.selector = null;
            PersistentVolumeClaimSpec.prototype.resources = null;
            PersistentVolumeClaimSpec.prototype.volumeName = "";
            PersistentVolumeClaimSpec.prototype.storageClassName = null;
            PersistentVolumeClaimSpec.prototype.volumeMode = "";

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PersistentVolumeClaimSpec.prototype, "_storageClassName", {
                get: $util.oneOfGetter($oneOfFields = ["storageClassName"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            PersistentVolumeClaimSpec.create = function(properties) {
                return new PersistentVolumeClaimSpec(properties);
            };

            PersistentVolumeClaimSpec.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.accessModes != null && m.accessModes.length) {
                    for (var i = 0; i < m.accessModes.length; ++i)
                        w.uint32(10).string(m.accessModes[i]);
                }
                if (m.selector != null && $Object.hasOwnProperty.call(m, "selector"))
                    $root.troupe.v1.LabelSelector.encode(m.selector, w.uint32(18).fork(), q + 1).ldelim();
                if (m.resources != null && $Object.hasOwnProperty.call(m, "resources"))
                    $root.troupe.v1.VolumeResourceRequirements.encode(m.resources, w.uint32(26).fork(), q + 1).ldelim();
                if (m.volumeName != null && $Object.hasOwnProperty.call(m, "volumeName") && m.volumeName !== "")
                    w.uint32(34).string(m.volumeName);
                if (m.storageClassName != null && $Object.hasOwnProperty.call(m, "storageClassName"))
                    w.uint32(42).string(m.storageClassName);
                if (m.volumeMode != null && $Object.hasOwnProperty.call(m, "volumeMode") && m.volumeMode !== "")
                    w.uint32(50).string(m.volumeMode);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            PersistentVolumeClaimSpec.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.PersistentVolumeClaimSpec();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.accessModes && m.accessModes.length))
                                m.accessModes = [];
                            m.accessModes.push(r.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.selector = $root.troupe.v1.LabelSelector.decode(r, r.size(), $undefined, q + 1, m.selector);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.resources = $root.troupe.v1.VolumeResourceRequirements.decode(r, r.size(), $undefined, q + 1, m.resources);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.volumeName = v;
                            else
                                delete m.volumeName;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.storageClassName = r.stringVerify();
                            m._storageClassName = "storageClassName";
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.volumeMode = v;
                            else
                                delete m.volumeMode;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return PersistentVolumeClaimSpec;
        })();

        v1.PersistentVolumeClaimStatus = (function() {

            const PersistentVolumeClaimStatus = function (p) {
                this.accessModes = [];
                this.capacity = {};
                this.conditions = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            PersistentVolumeClaimStatus.prototype.phase = "";
            PersistentVolumeClaimStatus.prototype.accessModes = $util.emptyArray;
            PersistentVolumeClaimStatus.prototype.capacity = $util.emptyObject;
            PersistentVolumeClaimStatus.prototype.conditions = $util.emptyArray;

            PersistentVolumeClaimStatus.create = function(properties) {
                return new PersistentVolumeClaimStatus(properties);
            };

            PersistentVolumeClaimStatus.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.phase != null && $Object.hasOwnProperty.call(m, "phase") && m.phase !== "")
                    w.uint32(10).string(m.phase);
                if (m.accessModes != null && m.accessModes.length) {
                    for (var i = 0; i < m.accessModes.length; ++i)
                        w.uint32(18).string(m.accessModes[i]);
                }
                if (m.capacity != null && $Object.hasOwnProperty.call(m, "capacity")) {
                    for (var ks = $Object.keys(m.capacity), i = 0; i < ks.length; ++i) {
                        w.uint32(26).fork().uint32(10).string(ks[i]).uint32(18).string(m.capacity[ks[i]]).ldelim();
                    }
                }
                if (m.conditions != null && m.conditions.length) {
                    for (var i = 0; i < m.conditions.length; ++i)
                        $root.troupe.v1.Condition.encode(m.conditions[i], w.uint32(34).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            PersistentVolumeClaimStatus.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.PersistentVolumeClaimStatus();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.phase = v;
                            else
                                delete m.phase;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.accessModes && m.accessModes.length))
                                m.accessModes = [];
                            m.accessModes.push(r.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (m.capacity === $util.emptyObject)
                                m.capacity = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.capacity, k);
                            m.capacity[k] = v;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.conditions && m.conditions.length))
                                m.conditions = [];
                            m.conditions.push($root.troupe.v1.Condition.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return PersistentVolumeClaimStatus;
        })();

        v1.PersistentVolumeClaim = (function() {

            const PersistentVolumeClaim = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            PersistentVolumeClaim.prototype.apiVersion = "";
            PersistentVolumeClaim.prototype.kind = "";
            PersistentVolumeClaim.prototype.metadata = null;
            PersistentVolumeClaim.prototype.spec = null;
            PersistentVolumeClaim.prototype.status = null;

            PersistentVolumeClaim.create = function(properties) {
                return new PersistentVolumeClaim(properties);
            };

            PersistentVolumeClaim.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.apiVersion != null && $Object.hasOwnProperty.call(m, "apiVersion") && m.apiVersion !== "")
                    w.uint32(10).string(m.apiVersion);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(18).string(m.kind);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.troupe.v1.ObjectMeta.encode(m.metadata, w.uint32(26).fork(), q + 1).ldelim();
                if (m.spec != null && $Object.hasOwnProperty.call(m, "spec"))
                    $root.troupe.v1.PersistentVolumeClaimSpec.encode(m.spec, w.uint32(34).fork(), q + 1).ldelim();
                if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                    $root.troupe.v1.PersistentVolumeClaimStatus.encode(m.status, w.uint32(42).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            PersistentVolumeClaim.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.PersistentVolumeClaim();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.apiVersion = v;
                            else
                                delete m.apiVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.troupe.v1.ObjectMeta.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.spec = $root.troupe.v1.PersistentVolumeClaimSpec.decode(r, r.size(), $undefined, q + 1, m.spec);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.status = $root.troupe.v1.PersistentVolumeClaimStatus.decode(r, r.size(), $undefined, q + 1, m.status);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return PersistentVolumeClaim;
        })();

        v1.StorageClass = (function() {

            const StorageClass = function (p) {
                this.parameters = {};
                this.mountOptions = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            StorageClass.prototype.apiVersion = "";
            StorageClass.prototype.kind = "";
            StorageClass.prototype.metadata = null;
            StorageClass.prototype.provisioner = "";
            StorageClass.prototype.parameters = $util.emptyObject;
            StorageClass.prototype.reclaimPolicy = "";
            StorageClass.prototype.mountOptions = $util.emptyArray;
            StorageClass.prototype.allowVolumeExpansion = null;
            StorageClass.prototype.volumeBindingMode = "";

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(StorageClass.prototype, "_allowVolumeExpansion", {
                get: $util.oneOfGetter($oneOfFields = ["allowVolumeExpansion"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            StorageClass.create = function(properties) {
                return new StorageClass(properties);
            };

            StorageClass.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.apiVersion != null && $Object.hasOwnProperty.call(m, "apiVersion") && m.apiVersion !== "")
                    w.uint32(10).string(m.apiVersion);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(18).string(m.kind);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.troupe.v1.ObjectMeta.encode(m.metadata, w.uint32(26).fork(), q + 1).ldelim();
                if (m.provisioner != null && $Object.hasOwnProperty.call(m, "provisioner") && m.provisioner !== "")
                    w.uint32(34).string(m.provisioner);
                if (m.parameters != null && $Object.hasOwnProperty.call(m, "parameters")) {
                    for (var ks = $Object.keys(m.parameters), i = 0; i < ks.length; ++i) {
                        w.uint32(42).fork().uint32(10).string(ks[i]).uint32(18).string(m.parameters[ks[i]]).ldelim();
                    }
                }
                if (m.reclaimPolicy != null && $Object.hasOwnProperty.call(m, "reclaimPolicy") && m.reclaimPolicy !== "")
                    w.uint32(50).string(m.reclaimPolicy);
                if (m.mountOptions != null && m.mountOptions.length) {
                    for (var i = 0; i < m.mountOptions.length; ++i)
                        w.uint32(58).string(m.mountOptions[i]);
                }
                if (m.allowVolumeExpansion != null && $Object.hasOwnProperty.call(m, "allowVolumeExpansion"))
                    w.uint32(64).bool(m.allowVolumeExpansion);
                if (m.volumeBindingMode != null && $Object.hasOwnProperty.call(m, "volumeBindingMode") && m.volumeBindingMode !== "")
                    w.uint32(74).string(m.volumeBindingMode);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            StorageClass.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.StorageClass();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.apiVersion = v;
                            else
                                delete m.apiVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.troupe.v1.ObjectMeta.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.provisioner = v;
                            else
                                delete m.provisioner;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (m.parameters === $util.emptyObject)
                                m.parameters = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.parameters, k);
                            m.parameters[k] = v;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reclaimPolicy = v;
                            else
                                delete m.reclaimPolicy;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if (!(m.mountOptions && m.mountOptions.length))
                                m.mountOptions = [];
                            m.mountOptions.push(r.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            m.allowVolumeExpansion = r.bool();
                            m._allowVolumeExpansion = "allowVolumeExpansion";
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.volumeBindingMode = v;
                            else
                                delete m.volumeBindingMode;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return StorageClass;
        })();

        v1.LeaseSpec = (function() {

            const LeaseSpec = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            LeaseSpec.prototype.holderIdentity = "";
            LeaseSpec.prototype.leaseDurationSeconds = null;
            LeaseSpec.prototype.acquireTime = "";
            LeaseSpec.prototype.renewTime = "";
            LeaseSpec.prototype.leaseTransitions = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(LeaseSpec.prototype, "_leaseDurationSeconds", {
                get: $util.oneOfGetter($oneOfFields = ["leaseDurationSeconds"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(LeaseSpec.prototype, "_leaseTransitions", {
                get: $util.oneOfGetter($oneOfFields = ["leaseTransitions"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            LeaseSpec.create = function(properties) {
                return new LeaseSpec(properties);
            };

            LeaseSpec.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.holderIdentity != null && $Object.hasOwnProperty.call(m, "holderIdentity") && m.holderIdentity !== "")
                    w.uint32(10).string(m.holderIdentity);
                if (m.leaseDurationSeconds != null && $Object.hasOwnProperty.call(m, "leaseDurationSeconds"))
                    w.uint32(16).int32(m.leaseDurationSeconds);
                if (m.acquireTime != null && $Object.hasOwnProperty.call(m, "acquireTime") && m.acquireTime !== "")
                    w.uint32(26).string(m.acquireTime);
                if (m.renewTime != null && $Object.hasOwnProperty.call(m, "renewTime") && m.renewTime !== "")
                    w.uint32(34).string(m.renewTime);
                if (m.leaseTransitions != null && $Object.hasOwnProperty.call(m, "leaseTransitions"))
                    w.uint32(40).int32(m.leaseTransitions);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            LeaseSpec.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.LeaseSpec();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.holderIdentity = v;
                            else
                                delete m.holderIdentity;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            m.leaseDurationSeconds = r.int32();
                            m._leaseDurationSeconds = "leaseDurationSeconds";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.acquireTime = v;
                            else
                                delete m.acquireTime;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.renewTime = v;
                            else
                                delete m.renewTime;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            m.leaseTransitions = r.int32();
                            m._leaseTransitions = "leaseTransitions";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return LeaseSpec;
        })();

        v1.Lease = (function() {

            const Lease = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Lease.prototype.apiVersion = "";
            Lease.prototype.kind = "";
            Lease.prototype.metadata = null;
            Lease.prototype.spec = null;

            Lease.create = function(properties) {
                return new Lease(properties);
            };

            Lease.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.apiVersion != null && $Object.hasOwnProperty.call(m, "apiVersion") && m.apiVersion !== "")
                    w.uint32(10).string(m.apiVersion);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(18).string(m.kind);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.troupe.v1.ObjectMeta.encode(m.metadata, w.uint32(26).fork(), q + 1).ldelim();
                if (m.spec != null && $Object.hasOwnProperty.call(m, "spec"))
                    $root.troupe.v1.LeaseSpec.encode(m.spec, w.uint32(34).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Lease.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.Lease();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.apiVersion = v;
                            else
                                delete m.apiVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.troupe.v1.ObjectMeta.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.spec = $root.troupe.v1.LeaseSpec.decode(r, r.size(), $undefined, q + 1, m.spec);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return Lease;
        })();

        v1.NamespaceSpec = (function() {

            const NamespaceSpec = function (p) {
                this.finalizers = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            NamespaceSpec.prototype.finalizers = $util.emptyArray;

            NamespaceSpec.create = function(properties) {
                return new NamespaceSpec(properties);
            };

            NamespaceSpec.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.finalizers != null && m.finalizers.length) {
                    for (var i = 0; i < m.finalizers.length; ++i)
                        w.uint32(10).string(m.finalizers[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            NamespaceSpec.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.NamespaceSpec();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.finalizers && m.finalizers.length))
                                m.finalizers = [];
                            m.finalizers.push(r.stringVerify());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return NamespaceSpec;
        })();

        v1.NamespaceStatus = (function() {

            const NamespaceStatus = function (p) {
                this.conditions = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            NamespaceStatus.prototype.phase = "";
            NamespaceStatus.prototype.conditions = $util.emptyArray;

            NamespaceStatus.create = function(properties) {
                return new NamespaceStatus(properties);
            };

            NamespaceStatus.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.phase != null && $Object.hasOwnProperty.call(m, "phase") && m.phase !== "")
                    w.uint32(10).string(m.phase);
                if (m.conditions != null && m.conditions.length) {
                    for (var i = 0; i < m.conditions.length; ++i)
                        $root.troupe.v1.Condition.encode(m.conditions[i], w.uint32(18).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            NamespaceStatus.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.NamespaceStatus();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.phase = v;
                            else
                                delete m.phase;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.conditions && m.conditions.length))
                                m.conditions = [];
                            m.conditions.push($root.troupe.v1.Condition.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return NamespaceStatus;
        })();

        v1.Namespace = (function() {

            const Namespace = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Namespace.prototype.apiVersion = "";
            Namespace.prototype.kind = "";
            Namespace.prototype.metadata = null;
            Namespace.prototype.spec = null;
            Namespace.prototype.status = null;

            Namespace.create = function(properties) {
                return new Namespace(properties);
            };

            Namespace.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.apiVersion != null && $Object.hasOwnProperty.call(m, "apiVersion") && m.apiVersion !== "")
                    w.uint32(10).string(m.apiVersion);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(18).string(m.kind);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.troupe.v1.ObjectMeta.encode(m.metadata, w.uint32(26).fork(), q + 1).ldelim();
                if (m.spec != null && $Object.hasOwnProperty.call(m, "spec"))
                    $root.troupe.v1.NamespaceSpec.encode(m.spec, w.uint32(34).fork(), q + 1).ldelim();
                if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                    $root.troupe.v1.NamespaceStatus.encode(m.status, w.uint32(42).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Namespace.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.Namespace();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.apiVersion = v;
                            else
                                delete m.apiVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.troupe.v1.ObjectMeta.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.spec = $root.troupe.v1.NamespaceSpec.decode(r, r.size(), $undefined, q + 1, m.spec);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.status = $root.troupe.v1.NamespaceStatus.decode(r, r.size(), $undefined, q + 1, m.status);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return Namespace;
        })();

        v1.Taint = (function() {

            const Taint = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Taint.prototype.key = "";
            Taint.prototype.value = "";
            Taint.prototype.effect = "";
            Taint.prototype.timeAdded = "";

            Taint.create = function(properties) {
                return new Taint(properties);
            };

            Taint.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                    w.uint32(10).string(m.key);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value !== "")
                    w.uint32(18).string(m.value);
                if (m.effect != null && $Object.hasOwnProperty.call(m, "effect") && m.effect !== "")
                    w.uint32(26).string(m.effect);
                if (m.timeAdded != null && $Object.hasOwnProperty.call(m, "timeAdded") && m.timeAdded !== "")
                    w.uint32(34).string(m.timeAdded);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Taint.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.Taint();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.key = v;
                            else
                                delete m.key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.value = v;
                            else
                                delete m.value;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.effect = v;
                            else
                                delete m.effect;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.timeAdded = v;
                            else
                                delete m.timeAdded;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return Taint;
        })();

        v1.NodeSpec = (function() {

            const NodeSpec = function (p) {
                this.podCIDRs = [];
                this.taints = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            NodeSpec.prototype.podCIDR = "";
            NodeSpec.prototype.podCIDRs = $util.emptyArray;
            NodeSpec.prototype.providerID = "";
            NodeSpec.prototype.unschedulable = null;
            NodeSpec.prototype.taints = $util.emptyArray;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(NodeSpec.prototype, "_unschedulable", {
                get: $util.oneOfGetter($oneOfFields = ["unschedulable"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            NodeSpec.create = function(properties) {
                return new NodeSpec(properties);
            };

            NodeSpec.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.podCIDR != null && $Object.hasOwnProperty.call(m, "podCIDR") && m.podCIDR !== "")
                    w.uint32(10).string(m.podCIDR);
                if (m.podCIDRs != null && m.podCIDRs.length) {
                    for (var i = 0; i < m.podCIDRs.length; ++i)
                        w.uint32(18).string(m.podCIDRs[i]);
                }
                if (m.providerID != null && $Object.hasOwnProperty.call(m, "providerID") && m.providerID !== "")
                    w.uint32(26).string(m.providerID);
                if (m.unschedulable != null && $Object.hasOwnProperty.call(m, "unschedulable"))
                    w.uint32(32).bool(m.unschedulable);
                if (m.taints != null && m.taints.length) {
                    for (var i = 0; i < m.taints.length; ++i)
                        $root.troupe.v1.Taint.encode(m.taints[i], w.uint32(42).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            NodeSpec.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.NodeSpec();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.podCIDR = v;
                            else
                                delete m.podCIDR;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.podCIDRs && m.podCIDRs.length))
                                m.podCIDRs = [];
                            m.podCIDRs.push(r.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.providerID = v;
                            else
                                delete m.providerID;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            m.unschedulable = r.bool();
                            m._unschedulable = "unschedulable";
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.taints && m.taints.length))
                                m.taints = [];
                            m.taints.push($root.troupe.v1.Taint.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return NodeSpec;
        })();

        v1.NodeAddress = (function() {

            const NodeAddress = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            NodeAddress.prototype.type = "";
            NodeAddress.prototype.address = "";

            NodeAddress.create = function(properties) {
                return new NodeAddress(properties);
            };

            NodeAddress.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== "")
                    w.uint32(10).string(m.type);
                if (m.address != null && $Object.hasOwnProperty.call(m, "address") && m.address !== "")
                    w.uint32(18).string(m.address);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            NodeAddress.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.NodeAddress();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.address = v;
                            else
                                delete m.address;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return NodeAddress;
        })();

        v1.NodeSystemInfo = (function() {

            const NodeSystemInfo = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            NodeSystemInfo.prototype.machineID = "";
            NodeSystemInfo.prototype.systemUUID = "";
            NodeSystemInfo.prototype.bootID = "";
            NodeSystemInfo.prototype.kernelVersion = "";
            NodeSystemInfo.prototype.osImage = "";
            NodeSystemInfo.prototype.containerRuntimeVersion = "";
            NodeSystemInfo.prototype.kubeletVersion = "";
            NodeSystemInfo.prototype.kubeProxyVersion = "";
            NodeSystemInfo.prototype.operatingSystem = "";
            NodeSystemInfo.prototype.architecture = "";

            NodeSystemInfo.create = function(properties) {
                return new NodeSystemInfo(properties);
            };

            NodeSystemInfo.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.machineID != null && $Object.hasOwnProperty.call(m, "machineID") && m.machineID !== "")
                    w.uint32(10).string(m.machineID);
                if (m.systemUUID != null && $Object.hasOwnProperty.call(m, "systemUUID") && m.systemUUID !== "")
                    w.uint32(18).string(m.systemUUID);
                if (m.bootID != null && $Object.hasOwnProperty.call(m, "bootID") && m.bootID !== "")
                    w.uint32(26).string(m.bootID);
                if (m.kernelVersion != null && $Object.hasOwnProperty.call(m, "kernelVersion") && m.kernelVersion !== "")
                    w.uint32(34).string(m.kernelVersion);
                if (m.osImage != null && $Object.hasOwnProperty.call(m, "osImage") && m.osImage !== "")
                    w.uint32(42).string(m.osImage);
                if (m.containerRuntimeVersion != null && $Object.hasOwnProperty.call(m, "containerRuntimeVersion") && m.containerRuntimeVersion !== "")
                    w.uint32(50).string(m.containerRuntimeVersion);
                if (m.kubeletVersion != null && $Object.hasOwnProperty.call(m, "kubeletVersion") && m.kubeletVersion !== "")
                    w.uint32(58).string(m.kubeletVersion);
                if (m.kubeProxyVersion != null && $Object.hasOwnProperty.call(m, "kubeProxyVersion") && m.kubeProxyVersion !== "")
                    w.uint32(66).string(m.kubeProxyVersion);
                if (m.operatingSystem != null && $Object.hasOwnProperty.call(m, "operatingSystem") && m.operatingSystem !== "")
                    w.uint32(74).string(m.operatingSystem);
                if (m.architecture != null && $Object.hasOwnProperty.call(m, "architecture") && m.architecture !== "")
                    w.uint32(82).string(m.architecture);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            NodeSystemInfo.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.NodeSystemInfo();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.machineID = v;
                            else
                                delete m.machineID;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.systemUUID = v;
                            else
                                delete m.systemUUID;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.bootID = v;
                            else
                                delete m.bootID;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kernelVersion = v;
                            else
                                delete m.kernelVersion;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.osImage = v;
                            else
                                delete m.osImage;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.containerRuntimeVersion = v;
                            else
                                delete m.containerRuntimeVersion;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kubeletVersion = v;
                            else
                                delete m.kubeletVersion;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kubeProxyVersion = v;
                            else
                                delete m.kubeProxyVersion;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.operatingSystem = v;
                            else
                                delete m.operatingSystem;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.architecture = v;
                            else
                                delete m.architecture;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return NodeSystemInfo;
        })();

        v1.DaemonEndpoint = (function() {

            const DaemonEndpoint = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            DaemonEndpoint.prototype.Port = 0;

            DaemonEndpoint.create = function(properties) {
                return new DaemonEndpoint(properties);
            };

            DaemonEndpoint.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.Port != null && $Object.hasOwnProperty.call(m, "Port") && m.Port !== 0)
                    w.uint32(8).int32(m.Port);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            DaemonEndpoint.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.DaemonEndpoint();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.Port = v;
                            else
                                delete m.Port;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return DaemonEndpoint;
        })();

        v1.NodeDaemonEndpoints = (function() {

            const NodeDaemonEndpoints = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            NodeDaemonEndpoints.prototype.kubeletEndpoint = null;

            NodeDaemonEndpoints.create = function(properties) {
                return new NodeDaemonEndpoints(properties);
            };

            NodeDaemonEndpoints.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.kubeletEndpoint != null && $Object.hasOwnProperty.call(m, "kubeletEndpoint"))
                    $root.troupe.v1.DaemonEndpoint.encode(m.kubeletEndpoint, w.uint32(10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            NodeDaemonEndpoints.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.NodeDaemonEndpoints();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.kubeletEndpoint = $root.troupe.v1.DaemonEndpoint.decode(r, r.size(), $undefined, q + 1, m.kubeletEndpoint);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return NodeDaemonEndpoints;
        })();

        v1.NodeStatus = (function() {

            const NodeStatus = function (p) {
                this.capacity = {};
                this.allocatable = {};
                this.conditions = [];
                this.addresses = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            NodeStatus.prototype.capacity = $util.emptyObject;
            NodeStatus.prototype.allocatable = $util.emptyObject;
            NodeStatus.prototype.phase = "";
            NodeStatus.prototype.conditions = $util.emptyArray;
            NodeStatus.prototype.addresses = $util.emptyArray;
            NodeStatus.prototype.daemonEndpoints = null;
            NodeStatus.prototype.nodeInfo = null;

            NodeStatus.create = function(properties) {
                return new NodeStatus(properties);
            };

            NodeStatus.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.capacity != null && $Object.hasOwnProperty.call(m, "capacity")) {
                    for (var ks = $Object.keys(m.capacity), i = 0; i < ks.length; ++i) {
                        w.uint32(10).fork().uint32(10).string(ks[i]).uint32(18).string(m.capacity[ks[i]]).ldelim();
                    }
                }
                if (m.allocatable != null && $Object.hasOwnProperty.call(m, "allocatable")) {
                    for (var ks = $Object.keys(m.allocatable), i = 0; i < ks.length; ++i) {
                        w.uint32(18).fork().uint32(10).string(ks[i]).uint32(18).string(m.allocatable[ks[i]]).ldelim();
                    }
                }
                if (m.phase != null && $Object.hasOwnProperty.call(m, "phase") && m.phase !== "")
                    w.uint32(26).string(m.phase);
                if (m.conditions != null && m.conditions.length) {
                    for (var i = 0; i < m.conditions.length; ++i)
                        $root.troupe.v1.Condition.encode(m.conditions[i], w.uint32(34).fork(), q + 1).ldelim();
                }
                if (m.addresses != null && m.addresses.length) {
                    for (var i = 0; i < m.addresses.length; ++i)
                        $root.troupe.v1.NodeAddress.encode(m.addresses[i], w.uint32(42).fork(), q + 1).ldelim();
                }
                if (m.daemonEndpoints != null && $Object.hasOwnProperty.call(m, "daemonEndpoints"))
                    $root.troupe.v1.NodeDaemonEndpoints.encode(m.daemonEndpoints, w.uint32(50).fork(), q + 1).ldelim();
                if (m.nodeInfo != null && $Object.hasOwnProperty.call(m, "nodeInfo"))
                    $root.troupe.v1.NodeSystemInfo.encode(m.nodeInfo, w.uint32(58).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            NodeStatus.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.NodeStatus();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (m.capacity === $util.emptyObject)
                                m.capacity = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.capacity, k);
                            m.capacity[k] = v;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (m.allocatable === $util.emptyObject)
                                m.allocatable = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.allocatable, k);
                            m.allocatable[k] = v;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.phase = v;
                            else
                                delete m.phase;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.conditions && m.conditions.length))
                                m.conditions = [];
                            m.conditions.push($root.troupe.v1.Condition.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.addresses && m.addresses.length))
                                m.addresses = [];
                            m.addresses.push($root.troupe.v1.NodeAddress.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            m.daemonEndpoints = $root.troupe.v1.NodeDaemonEndpoints.decode(r, r.size(), $undefined, q + 1, m.daemonEndpoints);
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            m.nodeInfo = $root.troupe.v1.NodeSystemInfo.decode(r, r.size(), $undefined, q + 1, m.nodeInfo);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return NodeStatus;
        })();

        v1.Node = (function() {

            const Node = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Node.prototype.apiVersion = "";
            Node.prototype.kind = "";
            Node.prototype.metadata = null;
            Node.prototype.spec = null;
            Node.prototype.status = null;

            Node.create = function(properties) {
                return new Node(properties);
            };

            Node.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.apiVersion != null && $Object.hasOwnProperty.call(m, "apiVersion") && m.apiVersion !== "")
                    w.uint32(10).string(m.apiVersion);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(18).string(m.kind);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.troupe.v1.ObjectMeta.encode(m.metadata, w.uint32(26).fork(), q + 1).ldelim();
                if (m.spec != null && $Object.hasOwnProperty.call(m, "spec"))
                    $root.troupe.v1.NodeSpec.encode(m.spec, w.uint32(34).fork(), q + 1).ldelim();
                if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                    $root.troupe.v1.NodeStatus.encode(m.status, w.uint32(42).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Node.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.Node();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.apiVersion = v;
                            else
                                delete m.apiVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.troupe.v1.ObjectMeta.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.spec = $root.troupe.v1.NodeSpec.decode(r, r.size(), $undefined, q + 1, m.spec);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.status = $root.troupe.v1.NodeStatus.decode(r, r.size(), $undefined, q + 1, m.status);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return Node;
        })();

        v1.ServicePort = (function() {

            const ServicePort = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ServicePort.prototype.name = "";
            ServicePort.prototype.protocol = "";
            ServicePort.prototype.appProtocol = "";
            ServicePort.prototype.port = 0;
            ServicePort.prototype.targetPort = null;
            ServicePort.prototype.nodePort = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ServicePort.prototype, "_nodePort", {
                get: $util.oneOfGetter($oneOfFields = ["nodePort"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ServicePort.create = function(properties) {
                return new ServicePort(properties);
            };

            ServicePort.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(10).string(m.name);
                if (m.protocol != null && $Object.hasOwnProperty.call(m, "protocol") && m.protocol !== "")
                    w.uint32(18).string(m.protocol);
                if (m.appProtocol != null && $Object.hasOwnProperty.call(m, "appProtocol") && m.appProtocol !== "")
                    w.uint32(26).string(m.appProtocol);
                if (m.port != null && $Object.hasOwnProperty.call(m, "port") && m.port !== 0)
                    w.uint32(32).int32(m.port);
                if (m.targetPort != null && $Object.hasOwnProperty.call(m, "targetPort"))
                    $root.troupe.v1.IntOrString.encode(m.targetPort, w.uint32(42).fork(), q + 1).ldelim();
                if (m.nodePort != null && $Object.hasOwnProperty.call(m, "nodePort"))
                    w.uint32(48).int32(m.nodePort);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ServicePort.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ServicePort();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.protocol = v;
                            else
                                delete m.protocol;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.appProtocol = v;
                            else
                                delete m.appProtocol;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.port = v;
                            else
                                delete m.port;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.targetPort = $root.troupe.v1.IntOrString.decode(r, r.size(), $undefined, q + 1, m.targetPort);
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            m.nodePort = r.int32();
                            m._nodePort = "nodePort";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ServicePort;
        })();

        v1.ClientIPConfig = (function() {

            const ClientIPConfig = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ClientIPConfig.prototype.timeoutSeconds = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ClientIPConfig.prototype, "_timeoutSeconds", {
                get: $util.oneOfGetter($oneOfFields = ["timeoutSeconds"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ClientIPConfig.create = function(properties) {
                return new ClientIPConfig(properties);
            };

            ClientIPConfig.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.timeoutSeconds != null && $Object.hasOwnProperty.call(m, "timeoutSeconds"))
                    w.uint32(8).int32(m.timeoutSeconds);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ClientIPConfig.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ClientIPConfig();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            m.timeoutSeconds = r.int32();
                            m._timeoutSeconds = "timeoutSeconds";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ClientIPConfig;
        })();

        v1.SessionAffinityConfig = (function() {

            const SessionAffinityConfig = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            SessionAffinityConfig.prototype.clientIP = null;

            SessionAffinityConfig.create = function(properties) {
                return new SessionAffinityConfig(properties);
            };

            SessionAffinityConfig.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.clientIP != null && $Object.hasOwnProperty.call(m, "clientIP"))
                    $root.troupe.v1.ClientIPConfig.encode(m.clientIP, w.uint32(10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            SessionAffinityConfig.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.SessionAffinityConfig();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.clientIP = $root.troupe.v1.ClientIPConfig.decode(r, r.size(), $undefined, q + 1, m.clientIP);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return SessionAffinityConfig;
        })();

        v1.ServiceSpec = (function() {

            const ServiceSpec = function (p) {
                this.ports = [];
                this.selector = {};
                this.clusterIPs = [];
                this.externalIPs = [];
                this.loadBalancerSourceRanges = [];
                this.ipFamilies = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ServiceSpec.prototype.ports = $util.emptyArray;
            ServiceSpec.prototype.selector = $util.emptyObject;
            ServiceSpec.prototype.clusterIP = "";
            ServiceSpec.prototype.clusterIPs = $util.emptyArray;
            ServiceSpec.prototype.type = "";
            ServiceSpec.prototype.externalIPs = $util.emptyArray;
            ServiceSpec.prototype.sessionAffinity = "";
            ServiceSpec.prototype.loadBalancerIP = "";
            ServiceSpec.prototype.loadBalancerSourceRanges = $util.emptyArray;
            ServiceSpec.prototype.externalName = "";
            ServiceSpec.prototype.externalTrafficPolicy = "";
            ServiceSpec.prototype.healthCheckNodePort = null;
            ServiceSpec.prototype.publishNotReadyAddresses = null;
            ServiceSpec.prototype.sessionAffinityConfig = null;
            ServiceSpec.prototype.ipFamilies = $util.emptyArray;
            ServiceSpec.prototype.ipFamilyPolicy = "";
            ServiceSpec.prototype.allocateLoadBalancerNodePorts = null;
            ServiceSpec.prototype.loadBalancerClass = "";
            ServiceSpec.prototype.internalTrafficPolicy = "";

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ServiceSpec.prototype, "_healthCheckNodePort", {
                get: $util.oneOfGetter($oneOfFields = ["healthCheckNodePort"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ServiceSpec.prototype, "_publishNotReadyAddresses", {
                get: $util.oneOfGetter($oneOfFields = ["publishNotReadyAddresses"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ServiceSpec.prototype, "_allocateLoadBalancerNodePorts", {
                get: $util.oneOfGetter($oneOfFields = ["allocateLoadBalancerNodePorts"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ServiceSpec.create = function(properties) {
                return new ServiceSpec(properties);
            };

            ServiceSpec.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ports != null && m.ports.length) {
                    for (var i = 0; i < m.ports.length; ++i)
                        $root.troupe.v1.ServicePort.encode(m.ports[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.selector != null && $Object.hasOwnProperty.call(m, "selector")) {
                    for (var ks = $Object.keys(m.selector), i = 0; i < ks.length; ++i) {
                        w.uint32(18).fork().uint32(10).string(ks[i]).uint32(18).string(m.selector[ks[i]]).ldelim();
                    }
                }
                if (m.clusterIP != null && $Object.hasOwnProperty.call(m, "clusterIP") && m.clusterIP !== "")
                    w.uint32(26).string(m.clusterIP);
                if (m.clusterIPs != null && m.clusterIPs.length) {
                    for (var i = 0; i < m.clusterIPs.length; ++i)
                        w.uint32(34).string(m.clusterIPs[i]);
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== "")
                    w.uint32(42).string(m.type);
                if (m.externalIPs != null && m.externalIPs.length) {
                    for (var i = 0; i < m.externalIPs.length; ++i)
                        w.uint32(50).string(m.externalIPs[i]);
                }
                if (m.sessionAffinity != null && $Object.hasOwnProperty.call(m, "sessionAffinity") && m.sessionAffinity !== "")
                    w.uint32(58).string(m.sessionAffinity);
                if (m.loadBalancerIP != null && $Object.hasOwnProperty.call(m, "loadBalancerIP") && m.loadBalancerIP !== "")
                    w.uint32(66).string(m.loadBalancerIP);
                if (m.loadBalancerSourceRanges != null && m.loadBalancerSourceRanges.length) {
                    for (var i = 0; i < m.loadBalancerSourceRanges.length; ++i)
                        w.uint32(74).string(m.loadBalancerSourceRanges[i]);
                }
                if (m.externalName != null && $Object.hasOwnProperty.call(m, "externalName") && m.externalName !== "")
                    w.uint32(82).string(m.externalName);
                if (m.externalTrafficPolicy != null && $Object.hasOwnProperty.call(m, "externalTrafficPolicy") && m.externalTrafficPolicy !== "")
                    w.uint32(90).string(m.externalTrafficPolicy);
                if (m.healthCheckNodePort != null && $Object.hasOwnProperty.call(m, "healthCheckNodePort"))
                    w.uint32(96).int32(m.healthCheckNodePort);
                if (m.publishNotReadyAddresses != null && $Object.hasOwnProperty.call(m, "publishNotReadyAddresses"))
                    w.uint32(104).bool(m.publishNotReadyAddresses);
                if (m.sessionAffinityConfig != null && $Object.hasOwnProperty.call(m, "sessionAffinityConfig"))
                    $root.troupe.v1.SessionAffinityConfig.encode(m.sessionAffinityConfig, w.uint32(114).fork(), q + 1).ldelim();
                if (m.ipFamilies != null && m.ipFamilies.length) {
                    for (var i = 0; i < m.ipFamilies.length; ++i)
                        w.uint32(122).string(m.ipFamilies[i]);
                }
                if (m.ipFamilyPolicy != null && $Object.hasOwnProperty.call(m, "ipFamilyPolicy") && m.ipFamilyPolicy !== "")
                    w.uint32(130).string(m.ipFamilyPolicy);
                if (m.allocateLoadBalancerNodePorts != null && $Object.hasOwnProperty.call(m, "allocateLoadBalancerNodePorts"))
                    w.uint32(136).bool(m.allocateLoadBalancerNodePorts);
                if (m.loadBalancerClass != null && $Object.hasOwnProperty.call(m, "loadBalancerClass") && m.loadBalancerClass !== "")
                    w.uint32(146).string(m.loadBalancerClass);
                if (m.internalTrafficPolicy != null && $Object.hasOwnProperty.call(m, "internalTrafficPolicy") && m.internalTrafficPolicy !== "")
                    w.uint32(154).string(m.internalTrafficPolicy);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ServiceSpec.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ServiceSpec();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.ports && m.ports.length))
                                m.ports = [];
                            m.ports.push($root.troupe.v1.ServicePort.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (m.selector === $util.emptyObject)
                                m.selector = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.selector, k);
                            m.selector[k] = v;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.clusterIP = v;
                            else
                                delete m.clusterIP;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.clusterIPs && m.clusterIPs.length))
                                m.clusterIPs = [];
                            m.clusterIPs.push(r.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if (!(m.externalIPs && m.externalIPs.length))
                                m.externalIPs = [];
                            m.externalIPs.push(r.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sessionAffinity = v;
                            else
                                delete m.sessionAffinity;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.loadBalancerIP = v;
                            else
                                delete m.loadBalancerIP;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if (!(m.loadBalancerSourceRanges && m.loadBalancerSourceRanges.length))
                                m.loadBalancerSourceRanges = [];
                            m.loadBalancerSourceRanges.push(r.stringVerify());
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.externalName = v;
                            else
                                delete m.externalName;
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.externalTrafficPolicy = v;
                            else
                                delete m.externalTrafficPolicy;
                            continue;
                        }
                    case 12: {
                            if (u !== 0)
                                break;
                            m.healthCheckNodePort = r.int32();
                            m._healthCheckNodePort = "healthCheckNodePort";
                            continue;
                        }
                    case 13: {
                            if (u !== 0)
                                break;
                            m.publishNotReadyAddresses = r.bool();
                            m._publishNotReadyAddresses = "publishNotReadyAddresses";
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            m.sessionAffinityConfig = $root.troupe.v1.SessionAffinityConfig.decode(r, r.size(), $undefined, q + 1, m.sessionAffinityConfig);
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            if (!(m.ipFamilies && m.ipFamilies.length))
                                m.ipFamilies = [];
                            m.ipFamilies.push(r.stringVerify());
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.ipFamilyPolicy = v;
                            else
                                delete m.ipFamilyPolicy;
                            continue;
                        }
                    case 17: {
                            if (u !== 0)
                                break;
                            m.allocateLoadBalancerNodePorts = r.bool();
                            m._allocateLoadBalancerNodePorts = "allocateLoadBalancerNodePorts";
                            continue;
                        }
                    case 18: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.loadBalancerClass = v;
                            else
                                delete m.loadBalancerClass;
                            continue;
                        }
                    case 19: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.internalTrafficPolicy = v;
                            else
                                delete m.internalTrafficPolicy;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ServiceSpec;
        })();

        v1.PortStatus = (function() {

            const PortStatus = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            PortStatus.prototype.port = 0;
            PortStatus.prototype.protocol = "";
            PortStatus.prototype.error = "";

            PortStatus.create = function(properties) {
                return new PortStatus(properties);
            };

            PortStatus.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.port != null && $Object.hasOwnProperty.call(m, "port") && m.port !== 0)
                    w.uint32(8).int32(m.port);
                if (m.protocol != null && $Object.hasOwnProperty.call(m, "protocol") && m.protocol !== "")
                    w.uint32(18).string(m.protocol);
                if (m.error != null && $Object.hasOwnProperty.call(m, "error") && m.error !== "")
                    w.uint32(26).string(m.error);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            PortStatus.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.PortStatus();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.port = v;
                            else
                                delete m.port;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.protocol = v;
                            else
                                delete m.protocol;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.error = v;
                            else
                                delete m.error;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return PortStatus;
        })();

        v1.LoadBalancerIngress = (function() {

            const LoadBalancerIngress = function (p) {
                this.ports = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            LoadBalancerIngress.prototype.ip = "";
            LoadBalancerIngress.prototype.hostname = "";
            LoadBalancerIngress.prototype.ports = $util.emptyArray;

            LoadBalancerIngress.create = function(properties) {
                return new LoadBalancerIngress(properties);
            };

            LoadBalancerIngress.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ip != null && $Object.hasOwnProperty.call(m, "ip") && m.ip !== "")
                    w.uint32(10).string(m.ip);
                if (m.hostname != null && $Object.hasOwnProperty.call(m, "hostname") && m.hostname !== "")
                    w.uint32(18).string(m.hostname);
                if (m.ports != null && m.ports.length) {
                    for (var i = 0; i < m.ports.length; ++i)
                        $root.troupe.v1.PortStatus.encode(m.ports[i], w.uint32(26).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            LoadBalancerIngress.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.LoadBalancerIngress();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.ip = v;
                            else
                                delete m.ip;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.hostname = v;
                            else
                                delete m.hostname;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.ports && m.ports.length))
                                m.ports = [];
                            m.ports.push($root.troupe.v1.PortStatus.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return LoadBalancerIngress;
        })();

        v1.LoadBalancerStatus = (function() {

            const LoadBalancerStatus = function (p) {
                this.ingress = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            LoadBalancerStatus.prototype.ingress = $util.emptyArray;

            LoadBalancerStatus.create = function(properties) {
                return new LoadBalancerStatus(properties);
            };

            LoadBalancerStatus.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ingress != null && m.ingress.length) {
                    for (var i = 0; i < m.ingress.length; ++i)
                        $root.troupe.v1.LoadBalancerIngress.encode(m.ingress[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            LoadBalancerStatus.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.LoadBalancerStatus();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.ingress && m.ingress.length))
                                m.ingress = [];
                            m.ingress.push($root.troupe.v1.LoadBalancerIngress.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return LoadBalancerStatus;
        })();

        v1.ServiceStatus = (function() {

            const ServiceStatus = function (p) {
                this.conditions = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ServiceStatus.prototype.loadBalancer = null;
            ServiceStatus.prototype.conditions = $util.emptyArray;

            ServiceStatus.create = function(properties) {
                return new ServiceStatus(properties);
            };

            ServiceStatus.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.loadBalancer != null && $Object.hasOwnProperty.call(m, "loadBalancer"))
                    $root.troupe.v1.LoadBalancerStatus.encode(m.loadBalancer, w.uint32(10).fork(), q + 1).ldelim();
                if (m.conditions != null && m.conditions.length) {
                    for (var i = 0; i < m.conditions.length; ++i)
                        $root.troupe.v1.Condition.encode(m.conditions[i], w.uint32(18).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ServiceStatus.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ServiceStatus();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.loadBalancer = $root.troupe.v1.LoadBalancerStatus.decode(r, r.size(), $undefined, q + 1, m.loadBalancer);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.conditions && m.conditions.length))
                                m.conditions = [];
                            m.conditions.push($root.troupe.v1.Condition.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ServiceStatus;
        })();

        v1.Service = (function() {

            const Service = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Service.prototype.apiVersion = "";
            Service.prototype.kind = "";
            Service.prototype.metadata = null;
            Service.prototype.spec = null;
            Service.prototype.status = null;

            Service.create = function(properties) {
                return new Service(properties);
            };

            Service.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.apiVersion != null && $Object.hasOwnProperty.call(m, "apiVersion") && m.apiVersion !== "")
                    w.uint32(10).string(m.apiVersion);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(18).string(m.kind);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.troupe.v1.ObjectMeta.encode(m.metadata, w.uint32(26).fork(), q + 1).ldelim();
                if (m.spec != null && $Object.hasOwnProperty.call(m, "spec"))
                    $root.troupe.v1.ServiceSpec.encode(m.spec, w.uint32(34).fork(), q + 1).ldelim();
                if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                    $root.troupe.v1.ServiceStatus.encode(m.status, w.uint32(42).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Service.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.Service();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.apiVersion = v;
                            else
                                delete m.apiVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.troupe.v1.ObjectMeta.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.spec = $root.troupe.v1.ServiceSpec.decode(r, r.size(), $undefined, q + 1, m.spec);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.status = $root.troupe.v1.ServiceStatus.decode(r, r.size(), $undefined, q + 1, m.status);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return Service;
        })();

        v1.EndpointAddress = (function() {

            const EndpointAddress = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            EndpointAddress.prototype.ip = "";
            EndpointAddress.prototype.hostname = "";
            EndpointAddress.prototype.nodeName = "";
            EndpointAddress.prototype.targetRef = null;

            EndpointAddress.create = function(properties) {
                return new EndpointAddress(properties);
            };

            EndpointAddress.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ip != null && $Object.hasOwnProperty.call(m, "ip") && m.ip !== "")
                    w.uint32(10).string(m.ip);
                if (m.hostname != null && $Object.hasOwnProperty.call(m, "hostname") && m.hostname !== "")
                    w.uint32(18).string(m.hostname);
                if (m.nodeName != null && $Object.hasOwnProperty.call(m, "nodeName") && m.nodeName !== "")
                    w.uint32(26).string(m.nodeName);
                if (m.targetRef != null && $Object.hasOwnProperty.call(m, "targetRef"))
                    $root.troupe.v1.ObjectReference.encode(m.targetRef, w.uint32(34).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            EndpointAddress.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.EndpointAddress();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.ip = v;
                            else
                                delete m.ip;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.hostname = v;
                            else
                                delete m.hostname;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nodeName = v;
                            else
                                delete m.nodeName;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.targetRef = $root.troupe.v1.ObjectReference.decode(r, r.size(), $undefined, q + 1, m.targetRef);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return EndpointAddress;
        })();

        v1.EndpointPort = (function() {

            const EndpointPort = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            EndpointPort.prototype.name = "";
            EndpointPort.prototype.port = 0;
            EndpointPort.prototype.protocol = "";
            EndpointPort.prototype.appProtocol = "";

            EndpointPort.create = function(properties) {
                return new EndpointPort(properties);
            };

            EndpointPort.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(10).string(m.name);
                if (m.port != null && $Object.hasOwnProperty.call(m, "port") && m.port !== 0)
                    w.uint32(16).int32(m.port);
                if (m.protocol != null && $Object.hasOwnProperty.call(m, "protocol") && m.protocol !== "")
                    w.uint32(26).string(m.protocol);
                if (m.appProtocol != null && $Object.hasOwnProperty.call(m, "appProtocol") && m.appProtocol !== "")
                    w.uint32(34).string(m.appProtocol);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            EndpointPort.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.EndpointPort();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.port = v;
                            else
                                delete m.port;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.protocol = v;
                            else
                                delete m.protocol;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.appProtocol = v;
                            else
                                delete m.appProtocol;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return EndpointPort;
        })();

        v1.EndpointSubset = (function() {

            const EndpointSubset = function (p) {
                this.addresses = [];
                this.notReadyAddresses = [];
                this.ports = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            EndpointSubset.prototype.addresses = $util.emptyArray;
            EndpointSubset.prototype.notReadyAddresses = $util.emptyArray;
            EndpointSubset.prototype.ports = $util.emptyArray;

            EndpointSubset.create = function(properties) {
                return new EndpointSubset(properties);
            };

            EndpointSubset.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.addresses != null && m.addresses.length) {
                    for (var i = 0; i < m.addresses.length; ++i)
                        $root.troupe.v1.EndpointAddress.encode(m.addresses[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.notReadyAddresses != null && m.notReadyAddresses.length) {
                    for (var i = 0; i < m.notReadyAddresses.length; ++i)
                        $root.troupe.v1.EndpointAddress.encode(m.notReadyAddresses[i], w.uint32(18).fork(), q + 1).ldelim();
                }
                if (m.ports != null && m.ports.length) {
                    for (var i = 0; i < m.ports.length; ++i)
                        $root.troupe.v1.EndpointPort.encode(m.ports[i], w.uint32(26).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            EndpointSubset.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.EndpointSubset();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.addresses && m.addresses.length))
                                m.addresses = [];
                            m.addresses.push($root.troupe.v1.EndpointAddress.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.notReadyAddresses && m.notReadyAddresses.length))
                                m.notReadyAddresses = [];
                            m.notReadyAddresses.push($root.troupe.v1.EndpointAddress.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.ports && m.ports.length))
                                m.ports = [];
                            m.ports.push($root.troupe.v1.EndpointPort.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return EndpointSubset;
        })();

        v1.Endpoints = (function() {

            const Endpoints = function (p) {
                this.subsets = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Endpoints.prototype.apiVersion = "";
            Endpoints.prototype.kind = "";
            Endpoints.prototype.metadata = null;
            Endpoints.prototype.subsets = $util.emptyArray;

            Endpoints.create = function(properties) {
                return new Endpoints(properties);
            };

            Endpoints.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.apiVersion != null && $Object.hasOwnProperty.call(m, "apiVersion") && m.apiVersion !== "")
                    w.uint32(10).string(m.apiVersion);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(18).string(m.kind);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.troupe.v1.ObjectMeta.encode(m.metadata, w.uint32(26).fork(), q + 1).ldelim();
                if (m.subsets != null && m.subsets.length) {
                    for (var i = 0; i < m.subsets.length; ++i)
                        $root.troupe.v1.EndpointSubset.encode(m.subsets[i], w.uint32(34).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Endpoints.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.Endpoints();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.apiVersion = v;
                            else
                                delete m.apiVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.troupe.v1.ObjectMeta.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.subsets && m.subsets.length))
                                m.subsets = [];
                            m.subsets.push($root.troupe.v1.EndpointSubset.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return Endpoints;
        })();

        v1.ConfigMap = (function() {

            const ConfigMap = function (p) {
                this.data = {};
                this.binaryData = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ConfigMap.prototype.apiVersion = "";
            ConfigMap.prototype.kind = "";
            ConfigMap.prototype.metadata = null;
            ConfigMap.prototype.data = $util.emptyObject;
            ConfigMap.prototype.binaryData = $util.emptyObject;
            ConfigMap.prototype.immutable = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ConfigMap.prototype, "_immutable", {
                get: $util.oneOfGetter($oneOfFields = ["immutable"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ConfigMap.create = function(properties) {
                return new ConfigMap(properties);
            };

            ConfigMap.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.apiVersion != null && $Object.hasOwnProperty.call(m, "apiVersion") && m.apiVersion !== "")
                    w.uint32(10).string(m.apiVersion);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(18).string(m.kind);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.troupe.v1.ObjectMeta.encode(m.metadata, w.uint32(26).fork(), q + 1).ldelim();
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    for (var ks = $Object.keys(m.data), i = 0; i < ks.length; ++i) {
                        w.uint32(34).fork().uint32(10).string(ks[i]).uint32(18).string(m.data[ks[i]]).ldelim();
                    }
                }
                if (m.binaryData != null && $Object.hasOwnProperty.call(m, "binaryData")) {
                    for (var ks = $Object.keys(m.binaryData), i = 0; i < ks.length; ++i) {
                        w.uint32(42).fork().uint32(10).string(ks[i]).uint32(18).bytes(m.binaryData[ks[i]]).ldelim();
                    }
                }
                if (m.immutable != null && $Object.hasOwnProperty.call(m, "immutable"))
                    w.uint32(48).bool(m.immutable);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ConfigMap.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ConfigMap();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.apiVersion = v;
                            else
                                delete m.apiVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.troupe.v1.ObjectMeta.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (m.data === $util.emptyObject)
                                m.data = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.data, k);
                            m.data[k] = v;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (m.binaryData === $util.emptyObject)
                                m.binaryData = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = [];
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.bytes();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.binaryData, k);
                            m.binaryData[k] = v;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            m.immutable = r.bool();
                            m._immutable = "immutable";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ConfigMap;
        })();

        v1.Secret = (function() {

            const Secret = function (p) {
                this.data = {};
                this.stringData = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Secret.prototype.apiVersion = "";
            Secret.prototype.kind = "";
            Secret.prototype.metadata = null;
            Secret.prototype.data = $util.emptyObject;
            Secret.prototype.stringData = $util.emptyObject;
            Secret.prototype.type = "";
            Secret.prototype.immutable = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Secret.prototype, "_immutable", {
                get: $util.oneOfGetter($oneOfFields = ["immutable"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Secret.create = function(properties) {
                return new Secret(properties);
            };

            Secret.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.apiVersion != null && $Object.hasOwnProperty.call(m, "apiVersion") && m.apiVersion !== "")
                    w.uint32(10).string(m.apiVersion);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(18).string(m.kind);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.troupe.v1.ObjectMeta.encode(m.metadata, w.uint32(26).fork(), q + 1).ldelim();
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    for (var ks = $Object.keys(m.data), i = 0; i < ks.length; ++i) {
                        w.uint32(34).fork().uint32(10).string(ks[i]).uint32(18).bytes(m.data[ks[i]]).ldelim();
                    }
                }
                if (m.stringData != null && $Object.hasOwnProperty.call(m, "stringData")) {
                    for (var ks = $Object.keys(m.stringData), i = 0; i < ks.length; ++i) {
                        w.uint32(42).fork().uint32(10).string(ks[i]).uint32(18).string(m.stringData[ks[i]]).ldelim();
                    }
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== "")
                    w.uint32(50).string(m.type);
                if (m.immutable != null && $Object.hasOwnProperty.call(m, "immutable"))
                    w.uint32(56).bool(m.immutable);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Secret.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.Secret();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.apiVersion = v;
                            else
                                delete m.apiVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.troupe.v1.ObjectMeta.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (m.data === $util.emptyObject)
                                m.data = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = [];
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.bytes();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.data, k);
                            m.data[k] = v;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (m.stringData === $util.emptyObject)
                                m.stringData = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.stringData, k);
                            m.stringData[k] = v;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            m.immutable = r.bool();
                            m._immutable = "immutable";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return Secret;
        })();

        v1.EventSource = (function() {

            const EventSource = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            EventSource.prototype.component = "";
            EventSource.prototype.host = "";

            EventSource.create = function(properties) {
                return new EventSource(properties);
            };

            EventSource.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.component != null && $Object.hasOwnProperty.call(m, "component") && m.component !== "")
                    w.uint32(10).string(m.component);
                if (m.host != null && $Object.hasOwnProperty.call(m, "host") && m.host !== "")
                    w.uint32(18).string(m.host);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            EventSource.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.EventSource();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.component = v;
                            else
                                delete m.component;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.host = v;
                            else
                                delete m.host;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return EventSource;
        })();

        v1.Event = (function() {

            const Event = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Event.prototype.apiVersion = "";
            Event.prototype.kind = "";
            Event.prototype.metadata = null;
            Event.prototype.involvedObject = null;
            Event.prototype.reason = "";
            Event.prototype.message = "";
            Event.prototype.source = null;
            Event.prototype.firstTimestamp = "";
            Event.prototype.lastTimestamp = "";
            Event.prototype.count = 0;
            Event.prototype.type = "";
            Event.prototype.eventTime = "";
            Event.prototype.action = "";
            Event.prototype.reportingComponent = "";
            Event.prototype.reportingInstance = "";

            Event.create = function(properties) {
                return new Event(properties);
            };

            Event.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.apiVersion != null && $Object.hasOwnProperty.call(m, "apiVersion") && m.apiVersion !== "")
                    w.uint32(10).string(m.apiVersion);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(18).string(m.kind);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.troupe.v1.ObjectMeta.encode(m.metadata, w.uint32(26).fork(), q + 1).ldelim();
                if (m.involvedObject != null && $Object.hasOwnProperty.call(m, "involvedObject"))
                    $root.troupe.v1.ObjectReference.encode(m.involvedObject, w.uint32(34).fork(), q + 1).ldelim();
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(42).string(m.reason);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(50).string(m.message);
                if (m.source != null && $Object.hasOwnProperty.call(m, "source"))
                    $root.troupe.v1.EventSource.encode(m.source, w.uint32(58).fork(), q + 1).ldelim();
                if (m.firstTimestamp != null && $Object.hasOwnProperty.call(m, "firstTimestamp") && m.firstTimestamp !== "")
                    w.uint32(66).string(m.firstTimestamp);
                if (m.lastTimestamp != null && $Object.hasOwnProperty.call(m, "lastTimestamp") && m.lastTimestamp !== "")
                    w.uint32(74).string(m.lastTimestamp);
                if (m.count != null && $Object.hasOwnProperty.call(m, "count") && m.count !== 0)
                    w.uint32(80).int32(m.count);
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== "")
                    w.uint32(90).string(m.type);
                if (m.eventTime != null && $Object.hasOwnProperty.call(m, "eventTime") && m.eventTime !== "")
                    w.uint32(98).string(m.eventTime);
                if (m.action != null && $Object.hasOwnProperty.call(m, "action") && m.action !== "")
                    w.uint32(106).string(m.action);
                if (m.reportingComponent != null && $Object.hasOwnProperty.call(m, "reportingComponent") && m.reportingComponent !== "")
                    w.uint32(114).string(m.reportingComponent);
                if (m.reportingInstance != null && $Object.hasOwnProperty.call(m, "reportingInstance") && m.reportingInstance !== "")
                    w.uint32(122).string(m.reportingInstance);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Event.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.Event();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.apiVersion = v;
                            else
                                delete m.apiVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.troupe.v1.ObjectMeta.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.involvedObject = $root.troupe.v1.ObjectReference.decode(r, r.size(), $undefined, q + 1, m.involvedObject);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            m.source = $root.troupe.v1.EventSource.decode(r, r.size(), $undefined, q + 1, m.source);
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.firstTimestamp = v;
                            else
                                delete m.firstTimestamp;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.lastTimestamp = v;
                            else
                                delete m.lastTimestamp;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.count = v;
                            else
                                delete m.count;
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.eventTime = v;
                            else
                                delete m.eventTime;
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.action = v;
                            else
                                delete m.action;
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reportingComponent = v;
                            else
                                delete m.reportingComponent;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reportingInstance = v;
                            else
                                delete m.reportingInstance;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return Event;
        })();

        v1.LimitRangeItem = (function() {

            const LimitRangeItem = function (p) {
                this.max = {};
                this.min = {};
                this["default"] = {};
                this.defaultRequest = {};
                this.maxLimitRequestRatio = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            LimitRangeItem.prototype.type = "";
            LimitRangeItem.prototype.max = $util.emptyObject;
            LimitRangeItem.prototype.min = $util.emptyObject;
            LimitRangeItem.prototype["default"] = $util.emptyObject;
            LimitRangeItem.prototype.defaultRequest = $util.emptyObject;
            LimitRangeItem.prototype.maxLimitRequestRatio = $util.emptyObject;

            LimitRangeItem.create = function(properties) {
                return new LimitRangeItem(properties);
            };

            LimitRangeItem.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== "")
                    w.uint32(10).string(m.type);
                if (m.max != null && $Object.hasOwnProperty.call(m, "max")) {
                    for (var ks = $Object.keys(m.max), i = 0; i < ks.length; ++i) {
                        w.uint32(18).fork().uint32(10).string(ks[i]).uint32(18).string(m.max[ks[i]]).ldelim();
                    }
                }
                if (m.min != null && $Object.hasOwnProperty.call(m, "min")) {
                    for (var ks = $Object.keys(m.min), i = 0; i < ks.length; ++i) {
                        w.uint32(26).fork().uint32(10).string(ks[i]).uint32(18).string(m.min[ks[i]]).ldelim();
                    }
                }
                if (m["default"] != null && $Object.hasOwnProperty.call(m, "default")) {
                    for (var ks = $Object.keys(m["default"]), i = 0; i < ks.length; ++i) {
                        w.uint32(34).fork().uint32(10).string(ks[i]).uint32(18).string(m["default"][ks[i]]).ldelim();
                    }
                }
                if (m.defaultRequest != null && $Object.hasOwnProperty.call(m, "defaultRequest")) {
                    for (var ks = $Object.keys(m.defaultRequest), i = 0; i < ks.length; ++i) {
                        w.uint32(42).fork().uint32(10).string(ks[i]).uint32(18).string(m.defaultRequest[ks[i]]).ldelim();
                    }
                }
                if (m.maxLimitRequestRatio != null && $Object.hasOwnProperty.call(m, "maxLimitRequestRatio")) {
                    for (var ks = $Object.keys(m.maxLimitRequestRatio), i = 0; i < ks.length; ++i) {
                        w.uint32(50).fork().uint32(10).string(ks[i]).uint32(18).string(m.maxLimitRequestRatio[ks[i]]).ldelim();
                    }
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            LimitRangeItem.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.LimitRangeItem();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (m.max === $util.emptyObject)
                                m.max = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.max, k);
                            m.max[k] = v;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (m.min === $util.emptyObject)
                                m.min = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.min, k);
                            m.min[k] = v;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (m["default"] === $util.emptyObject)
                                m["default"] = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m["default"], k);
                            m["default"][k] = v;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (m.defaultRequest === $util.emptyObject)
                                m.defaultRequest = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.defaultRequest, k);
                            m.defaultRequest[k] = v;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if (m.maxLimitRequestRatio === $util.emptyObject)
                                m.maxLimitRequestRatio = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.maxLimitRequestRatio, k);
                            m.maxLimitRequestRatio[k] = v;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return LimitRangeItem;
        })();

        v1.LimitRangeSpec = (function() {

            const LimitRangeSpec = function (p) {
                this.limits = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            LimitRangeSpec.prototype.limits = $util.emptyArray;

            LimitRangeSpec.create = function(properties) {
                return new LimitRangeSpec(properties);
            };

            LimitRangeSpec.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.limits != null && m.limits.length) {
                    for (var i = 0; i < m.limits.length; ++i)
                        $root.troupe.v1.LimitRangeItem.encode(m.limits[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            LimitRangeSpec.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.LimitRangeSpec();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.limits && m.limits.length))
                                m.limits = [];
                            m.limits.push($root.troupe.v1.LimitRangeItem.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return LimitRangeSpec;
        })();

        v1.LimitRange = (function() {

            const LimitRange = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            LimitRange.prototype.apiVersion = "";
            LimitRange.prototype.kind = "";
            LimitRange.prototype.metadata = null;
            LimitRange.prototype.spec = null;

            LimitRange.create = function(properties) {
                return new LimitRange(properties);
            };

            LimitRange.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.apiVersion != null && $Object.hasOwnProperty.call(m, "apiVersion") && m.apiVersion !== "")
                    w.uint32(10).string(m.apiVersion);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(18).string(m.kind);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.troupe.v1.ObjectMeta.encode(m.metadata, w.uint32(26).fork(), q + 1).ldelim();
                if (m.spec != null && $Object.hasOwnProperty.call(m, "spec"))
                    $root.troupe.v1.LimitRangeSpec.encode(m.spec, w.uint32(34).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            LimitRange.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.LimitRange();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.apiVersion = v;
                            else
                                delete m.apiVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.troupe.v1.ObjectMeta.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.spec = $root.troupe.v1.LimitRangeSpec.decode(r, r.size(), $undefined, q + 1, m.spec);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return LimitRange;
        })();

        v1.ScopedResourceSelectorRequirement = (function() {

            const ScopedResourceSelectorRequirement = function (p) {
                this.values = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ScopedResourceSelectorRequirement.prototype.scopeName = "";
            ScopedResourceSelectorRequirement.prototype.operator = "";
            ScopedResourceSelectorRequirement.prototype.values = $util.emptyArray;

            ScopedResourceSelectorRequirement.create = function(properties) {
                return new ScopedResourceSelectorRequirement(properties);
            };

            ScopedResourceSelectorRequirement.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.scopeName != null && $Object.hasOwnProperty.call(m, "scopeName") && m.scopeName !== "")
                    w.uint32(10).string(m.scopeName);
                if (m.operator != null && $Object.hasOwnProperty.call(m, "operator") && m.operator !== "")
                    w.uint32(18).string(m.operator);
                if (m.values != null && m.values.length) {
                    for (var i = 0; i < m.values.length; ++i)
                        w.uint32(26).string(m.values[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ScopedResourceSelectorRequirement.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ScopedResourceSelectorRequirement();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.scopeName = v;
                            else
                                delete m.scopeName;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.operator = v;
                            else
                                delete m.operator;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.values && m.values.length))
                                m.values = [];
                            m.values.push(r.stringVerify());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ScopedResourceSelectorRequirement;
        })();

        v1.ScopeSelector = (function() {

            const ScopeSelector = function (p) {
                this.matchExpressions = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ScopeSelector.prototype.matchExpressions = $util.emptyArray;

            ScopeSelector.create = function(properties) {
                return new ScopeSelector(properties);
            };

            ScopeSelector.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.matchExpressions != null && m.matchExpressions.length) {
                    for (var i = 0; i < m.matchExpressions.length; ++i)
                        $root.troupe.v1.ScopedResourceSelectorRequirement.encode(m.matchExpressions[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ScopeSelector.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ScopeSelector();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.matchExpressions && m.matchExpressions.length))
                                m.matchExpressions = [];
                            m.matchExpressions.push($root.troupe.v1.ScopedResourceSelectorRequirement.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ScopeSelector;
        })();

        v1.ResourceQuotaSpec = (function() {

            const ResourceQuotaSpec = function (p) {
                this.hard = {};
                this.scopes = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ResourceQuotaSpec.prototype.hard = $util.emptyObject;
            ResourceQuotaSpec.prototype.scopes = $util.emptyArray;
            ResourceQuotaSpec.prototype.scopeSelector = null;

            ResourceQuotaSpec.create = function(properties) {
                return new ResourceQuotaSpec(properties);
            };

            ResourceQuotaSpec.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.hard != null && $Object.hasOwnProperty.call(m, "hard")) {
                    for (var ks = $Object.keys(m.hard), i = 0; i < ks.length; ++i) {
                        w.uint32(10).fork().uint32(10).string(ks[i]).uint32(18).string(m.hard[ks[i]]).ldelim();
                    }
                }
                if (m.scopes != null && m.scopes.length) {
                    for (var i = 0; i < m.scopes.length; ++i)
                        w.uint32(18).string(m.scopes[i]);
                }
                if (m.scopeSelector != null && $Object.hasOwnProperty.call(m, "scopeSelector"))
                    $root.troupe.v1.ScopeSelector.encode(m.scopeSelector, w.uint32(26).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ResourceQuotaSpec.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ResourceQuotaSpec();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (m.hard === $util.emptyObject)
                                m.hard = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.hard, k);
                            m.hard[k] = v;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.scopes && m.scopes.length))
                                m.scopes = [];
                            m.scopes.push(r.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.scopeSelector = $root.troupe.v1.ScopeSelector.decode(r, r.size(), $undefined, q + 1, m.scopeSelector);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ResourceQuotaSpec;
        })();

        v1.ResourceQuotaStatus = (function() {

            const ResourceQuotaStatus = function (p) {
                this.hard = {};
                this.used = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ResourceQuotaStatus.prototype.hard = $util.emptyObject;
            ResourceQuotaStatus.prototype.used = $util.emptyObject;

            ResourceQuotaStatus.create = function(properties) {
                return new ResourceQuotaStatus(properties);
            };

            ResourceQuotaStatus.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.hard != null && $Object.hasOwnProperty.call(m, "hard")) {
                    for (var ks = $Object.keys(m.hard), i = 0; i < ks.length; ++i) {
                        w.uint32(10).fork().uint32(10).string(ks[i]).uint32(18).string(m.hard[ks[i]]).ldelim();
                    }
                }
                if (m.used != null && $Object.hasOwnProperty.call(m, "used")) {
                    for (var ks = $Object.keys(m.used), i = 0; i < ks.length; ++i) {
                        w.uint32(18).fork().uint32(10).string(ks[i]).uint32(18).string(m.used[ks[i]]).ldelim();
                    }
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ResourceQuotaStatus.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ResourceQuotaStatus();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (m.hard === $util.emptyObject)
                                m.hard = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.hard, k);
                            m.hard[k] = v;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (m.used === $util.emptyObject)
                                m.used = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.used, k);
                            m.used[k] = v;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ResourceQuotaStatus;
        })();

        v1.ResourceQuota = (function() {

            const ResourceQuota = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ResourceQuota.prototype.apiVersion = "";
            ResourceQuota.prototype.kind = "";
            ResourceQuota.prototype.metadata = null;
            ResourceQuota.prototype.spec = null;
            ResourceQuota.prototype.status = null;

            ResourceQuota.create = function(properties) {
                return new ResourceQuota(properties);
            };

            ResourceQuota.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.apiVersion != null && $Object.hasOwnProperty.call(m, "apiVersion") && m.apiVersion !== "")
                    w.uint32(10).string(m.apiVersion);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(18).string(m.kind);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.troupe.v1.ObjectMeta.encode(m.metadata, w.uint32(26).fork(), q + 1).ldelim();
                if (m.spec != null && $Object.hasOwnProperty.call(m, "spec"))
                    $root.troupe.v1.ResourceQuotaSpec.encode(m.spec, w.uint32(34).fork(), q + 1).ldelim();
                if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                    $root.troupe.v1.ResourceQuotaStatus.encode(m.status, w.uint32(42).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ResourceQuota.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ResourceQuota();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.apiVersion = v;
                            else
                                delete m.apiVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.troupe.v1.ObjectMeta.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.spec = $root.troupe.v1.ResourceQuotaSpec.decode(r, r.size(), $undefined, q + 1, m.spec);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.status = $root.troupe.v1.ResourceQuotaStatus.decode(r, r.size(), $undefined, q + 1, m.status);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ResourceQuota;
        })();

        v1.TypedLocalObjectReference = (function() {

            const TypedLocalObjectReference = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            TypedLocalObjectReference.prototype.apiGroup = null;
            TypedLocalObjectReference.prototype.kind = "";
            TypedLocalObjectReference.prototype.name = "";

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(TypedLocalObjectReference.prototype, "_apiGroup", {
                get: $util.oneOfGetter($oneOfFields = ["apiGroup"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            TypedLocalObjectReference.create = function(properties) {
                return new TypedLocalObjectReference(properties);
            };

            TypedLocalObjectReference.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.apiGroup != null && $Object.hasOwnProperty.call(m, "apiGroup"))
                    w.uint32(10).string(m.apiGroup);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(18).string(m.kind);
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(26).string(m.name);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            TypedLocalObjectReference.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.TypedLocalObjectReference();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.apiGroup = r.stringVerify();
                            m._apiGroup = "apiGroup";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return TypedLocalObjectReference;
        })();

        v1.ServiceBackendPort = (function() {

            const ServiceBackendPort = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            ServiceBackendPort.prototype.name = "";
            ServiceBackendPort.prototype.number = 0;

            ServiceBackendPort.create = function(properties) {
                return new ServiceBackendPort(properties);
            };

            ServiceBackendPort.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(10).string(m.name);
                if (m.number != null && $Object.hasOwnProperty.call(m, "number") && m.number !== 0)
                    w.uint32(16).int32(m.number);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            ServiceBackendPort.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.ServiceBackendPort();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.number = v;
                            else
                                delete m.number;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return ServiceBackendPort;
        })();

        v1.IngressServiceBackend = (function() {

            const IngressServiceBackend = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            IngressServiceBackend.prototype.name = "";
            IngressServiceBackend.prototype.port = null;

            IngressServiceBackend.create = function(properties) {
                return new IngressServiceBackend(properties);
            };

            IngressServiceBackend.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(10).string(m.name);
                if (m.port != null && $Object.hasOwnProperty.call(m, "port"))
                    $root.troupe.v1.ServiceBackendPort.encode(m.port, w.uint32(18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            IngressServiceBackend.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.IngressServiceBackend();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.port = $root.troupe.v1.ServiceBackendPort.decode(r, r.size(), $undefined, q + 1, m.port);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return IngressServiceBackend;
        })();

        v1.IngressBackend = (function() {

            const IngressBackend = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            IngressBackend.prototype.service = null;
            IngressBackend.prototype.resource = null;

            IngressBackend.create = function(properties) {
                return new IngressBackend(properties);
            };

            IngressBackend.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.service != null && $Object.hasOwnProperty.call(m, "service"))
                    $root.troupe.v1.IngressServiceBackend.encode(m.service, w.uint32(10).fork(), q + 1).ldelim();
                if (m.resource != null && $Object.hasOwnProperty.call(m, "resource"))
                    $root.troupe.v1.TypedLocalObjectReference.encode(m.resource, w.uint32(18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            IngressBackend.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.IngressBackend();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.service = $root.troupe.v1.IngressServiceBackend.decode(r, r.size(), $undefined, q + 1, m.service);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.resource = $root.troupe.v1.TypedLocalObjectReference.decode(r, r.size(), $undefined, q + 1, m.resource);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return IngressBackend;
        })();

        v1.HTTPIngressPath = (function() {

            const HTTPIngressPath = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            HTTPIngressPath.prototype.path = "";
            HTTPIngressPath.prototype.pathType = "";
            HTTPIngressPath.prototype.backend = null;

            HTTPIngressPath.create = function(properties) {
                return new HTTPIngressPath(properties);
            };

            HTTPIngressPath.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.path != null && $Object.hasOwnProperty.call(m, "path") && m.path !== "")
                    w.uint32(10).string(m.path);
                if (m.pathType != null && $Object.hasOwnProperty.call(m, "pathType") && m.pathType !== "")
                    w.uint32(18).string(m.pathType);
                if (m.backend != null && $Object.hasOwnProperty.call(m, "backend"))
                    $root.troupe.v1.IngressBackend.encode(m.backend, w.uint32(26).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            HTTPIngressPath.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.HTTPIngressPath();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.path = v;
                            else
                                delete m.path;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.pathType = v;
                            else
                                delete m.pathType;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.backend = $root.troupe.v1.IngressBackend.decode(r, r.size(), $undefined, q + 1, m.backend);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return HTTPIngressPath;
        })();

        v1.HTTPIngressRuleValue = (function() {

            const HTTPIngressRuleValue = function (p) {
                this.paths = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            HTTPIngressRuleValue.prototype.paths = $util.emptyArray;

            HTTPIngressRuleValue.create = function(properties) {
                return new HTTPIngressRuleValue(properties);
            };

            HTTPIngressRuleValue.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.paths != null && m.paths.length) {
                    for (var i = 0; i < m.paths.length; ++i)
                        $root.troupe.v1.HTTPIngressPath.encode(m.paths[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            HTTPIngressRuleValue.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.HTTPIngressRuleValue();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.paths && m.paths.length))
                                m.paths = [];
                            m.paths.push($root.troupe.v1.HTTPIngressPath.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return HTTPIngressRuleValue;
        })();

        v1.IngressRule = (function() {

            const IngressRule = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            IngressRule.prototype.host = "";
            IngressRule.prototype.http = null;

            IngressRule.create = function(properties) {
                return new IngressRule(properties);
            };

            IngressRule.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.host != null && $Object.hasOwnProperty.call(m, "host") && m.host !== "")
                    w.uint32(10).string(m.host);
                if (m.http != null && $Object.hasOwnProperty.call(m, "http"))
                    $root.troupe.v1.HTTPIngressRuleValue.encode(m.http, w.uint32(18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            IngressRule.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.IngressRule();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.host = v;
                            else
                                delete m.host;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.http = $root.troupe.v1.HTTPIngressRuleValue.decode(r, r.size(), $undefined, q + 1, m.http);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return IngressRule;
        })();

        v1.IngressTLS = (function() {

            const IngressTLS = function (p) {
                this.hosts = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            IngressTLS.prototype.hosts = $util.emptyArray;
            IngressTLS.prototype.secretName = "";

            IngressTLS.create = function(properties) {
                return new IngressTLS(properties);
            };

            IngressTLS.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.hosts != null && m.hosts.length) {
                    for (var i = 0; i < m.hosts.length; ++i)
                        w.uint32(10).string(m.hosts[i]);
                }
                if (m.secretName != null && $Object.hasOwnProperty.call(m, "secretName") && m.secretName !== "")
                    w.uint32(18).string(m.secretName);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            IngressTLS.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.IngressTLS();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.hosts && m.hosts.length))
                                m.hosts = [];
                            m.hosts.push(r.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.secretName = v;
                            else
                                delete m.secretName;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return IngressTLS;
        })();

        v1.IngressSpec = (function() {

            const IngressSpec = function (p) {
                this.tls = [];
                this.rules = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            IngressSpec.prototype.ingressClassName = null;
            IngressSpec.prototype.defaultBackend = null;
            IngressSpec.prototype.tls = $util.emptyArray;
            IngressSpec.prototype.rules = $util.emptyArray;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(IngressSpec.prototype, "_ingressClassName", {
                get: $util.oneOfGetter($oneOfFields = ["ingressClassName"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            IngressSpec.create = function(properties) {
                return new IngressSpec(properties);
            };

            IngressSpec.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ingressClassName != null && $Object.hasOwnProperty.call(m, "ingressClassName"))
                    w.uint32(10).string(m.ingressClassName);
                if (m.defaultBackend != null && $Object.hasOwnProperty.call(m, "defaultBackend"))
                    $root.troupe.v1.IngressBackend.encode(m.defaultBackend, w.uint32(18).fork(), q + 1).ldelim();
                if (m.tls != null && m.tls.length) {
                    for (var i = 0; i < m.tls.length; ++i)
                        $root.troupe.v1.IngressTLS.encode(m.tls[i], w.uint32(26).fork(), q + 1).ldelim();
                }
                if (m.rules != null && m.rules.length) {
                    for (var i = 0; i < m.rules.length; ++i)
                        $root.troupe.v1.IngressRule.encode(m.rules[i], w.uint32(34).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            IngressSpec.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.IngressSpec();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.ingressClassName = r.stringVerify();
                            m._ingressClassName = "ingressClassName";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.defaultBackend = $root.troupe.v1.IngressBackend.decode(r, r.size(), $undefined, q + 1, m.defaultBackend);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.tls && m.tls.length))
                                m.tls = [];
                            m.tls.push($root.troupe.v1.IngressTLS.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.rules && m.rules.length))
                                m.rules = [];
                            m.rules.push($root.troupe.v1.IngressRule.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return IngressSpec;
        })();

        v1.IngressPortStatus = (function() {

            const IngressPortStatus = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            IngressPortStatus.prototype.port = 0;
            IngressPortStatus.prototype.protocol = "";
            IngressPortStatus.prototype.error = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(IngressPortStatus.prototype, "_error", {
                get: $util.oneOfGetter($oneOfFields = ["error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            IngressPortStatus.create = function(properties) {
                return new IngressPortStatus(properties);
            };

            IngressPortStatus.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.port != null && $Object.hasOwnProperty.call(m, "port") && m.port !== 0)
                    w.uint32(8).int32(m.port);
                if (m.protocol != null && $Object.hasOwnProperty.call(m, "protocol") && m.protocol !== "")
                    w.uint32(18).string(m.protocol);
                if (m.error != null && $Object.hasOwnProperty.call(m, "error"))
                    w.uint32(26).string(m.error);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            IngressPortStatus.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.IngressPortStatus();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.port = v;
                            else
                                delete m.port;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.protocol = v;
                            else
                                delete m.protocol;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.error = r.stringVerify();
                            m._error = "error";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return IngressPortStatus;
        })();

        v1.IngressLoadBalancerIngress = (function() {

            const IngressLoadBalancerIngress = function (p) {
                this.ports = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            IngressLoadBalancerIngress.prototype.ip = "";
            IngressLoadBalancerIngress.prototype.hostname = "";
            IngressLoadBalancerIngress.prototype.ports = $util.emptyArray;

            IngressLoadBalancerIngress.create = function(properties) {
                return new IngressLoadBalancerIngress(properties);
            };

            IngressLoadBalancerIngress.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ip != null && $Object.hasOwnProperty.call(m, "ip") && m.ip !== "")
                    w.uint32(10).string(m.ip);
                if (m.hostname != null && $Object.hasOwnProperty.call(m, "hostname") && m.hostname !== "")
                    w.uint32(18).string(m.hostname);
                if (m.ports != null && m.ports.length) {
                    for (var i = 0; i < m.ports.length; ++i)
                        $root.troupe.v1.IngressPortStatus.encode(m.ports[i], w.uint32(26).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            IngressLoadBalancerIngress.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.IngressLoadBalancerIngress();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.ip = v;
                            else
                                delete m.ip;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.hostname = v;
                            else
                                delete m.hostname;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.ports && m.ports.length))
                                m.ports = [];
                            m.ports.push($root.troupe.v1.IngressPortStatus.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return IngressLoadBalancerIngress;
        })();

        v1.IngressLoadBalancerStatus = (function() {

            const IngressLoadBalancerStatus = function (p) {
                this.ingress = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            IngressLoadBalancerStatus.prototype.ingress = $util.emptyArray;

            IngressLoadBalancerStatus.create = function(properties) {
                return new IngressLoadBalancerStatus(properties);
            };

            IngressLoadBalancerStatus.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ingress != null && m.ingress.length) {
                    for (var i = 0; i < m.ingress.length; ++i)
                        $root.troupe.v1.IngressLoadBalancerIngress.encode(m.ingress[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            IngressLoadBalancerStatus.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.IngressLoadBalancerStatus();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.ingress && m.ingress.length))
                                m.ingress = [];
                            m.ingress.push($root.troupe.v1.IngressLoadBalancerIngress.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return IngressLoadBalancerStatus;
        })();

        v1.IngressStatus = (function() {

            const IngressStatus = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            IngressStatus.prototype.loadBalancer = null;

            IngressStatus.create = function(properties) {
                return new IngressStatus(properties);
            };

            IngressStatus.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.loadBalancer != null && $Object.hasOwnProperty.call(m, "loadBalancer"))
                    $root.troupe.v1.IngressLoadBalancerStatus.encode(m.loadBalancer, w.uint32(10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            IngressStatus.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.IngressStatus();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.loadBalancer = $root.troupe.v1.IngressLoadBalancerStatus.decode(r, r.size(), $undefined, q + 1, m.loadBalancer);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return IngressStatus;
        })();

        v1.Ingress = (function() {

            const Ingress = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Ingress.prototype.apiVersion = "";
            Ingress.prototype.kind = "";
            Ingress.prototype.metadata = null;
            Ingress.prototype.spec = null;
            Ingress.prototype.status = null;

            Ingress.create = function(properties) {
                return new Ingress(properties);
            };

            Ingress.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.apiVersion != null && $Object.hasOwnProperty.call(m, "apiVersion") && m.apiVersion !== "")
                    w.uint32(10).string(m.apiVersion);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(18).string(m.kind);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.troupe.v1.ObjectMeta.encode(m.metadata, w.uint32(26).fork(), q + 1).ldelim();
                if (m.spec != null && $Object.hasOwnProperty.call(m, "spec"))
                    $root.troupe.v1.IngressSpec.encode(m.spec, w.uint32(34).fork(), q + 1).ldelim();
                if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                    $root.troupe.v1.IngressStatus.encode(m.status, w.uint32(42).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Ingress.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.Ingress();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.apiVersion = v;
                            else
                                delete m.apiVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.troupe.v1.ObjectMeta.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.spec = $root.troupe.v1.IngressSpec.decode(r, r.size(), $undefined, q + 1, m.spec);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.status = $root.troupe.v1.IngressStatus.decode(r, r.size(), $undefined, q + 1, m.status);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return Ingress;
        })();

        v1.PodDisruptionBudgetSpec = (function() {

            const PodDisruptionBudgetSpec = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            PodDisruptionBudgetSpec.prototype.minAvailable = null;
            PodDisruptionBudgetSpec.prototype.selector = null;
            PodDisruptionBudgetSpec.prototype.maxUnavailable = null;
            PodDisruptionBudgetSpec.prototype.unhealthyPodEvictionPolicy = "";

            PodDisruptionBudgetSpec.create = function(properties) {
                return new PodDisruptionBudgetSpec(properties);
            };

            PodDisruptionBudgetSpec.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.minAvailable != null && $Object.hasOwnProperty.call(m, "minAvailable"))
                    $root.troupe.v1.IntOrString.encode(m.minAvailable, w.uint32(10).fork(), q + 1).ldelim();
                if (m.selector != null && $Object.hasOwnProperty.call(m, "selector"))
                    $root.troupe.v1.LabelSelector.encode(m.selector, w.uint32(18).fork(), q + 1).ldelim();
                if (m.maxUnavailable != null && $Object.hasOwnProperty.call(m, "maxUnavailable"))
                    $root.troupe.v1.IntOrString.encode(m.maxUnavailable, w.uint32(26).fork(), q + 1).ldelim();
                if (m.unhealthyPodEvictionPolicy != null && $Object.hasOwnProperty.call(m, "unhealthyPodEvictionPolicy") && m.unhealthyPodEvictionPolicy !== "")
                    w.uint32(34).string(m.unhealthyPodEvictionPolicy);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            PodDisruptionBudgetSpec.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.PodDisruptionBudgetSpec();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.minAvailable = $root.troupe.v1.IntOrString.decode(r, r.size(), $undefined, q + 1, m.minAvailable);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.selector = $root.troupe.v1.LabelSelector.decode(r, r.size(), $undefined, q + 1, m.selector);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.maxUnavailable = $root.troupe.v1.IntOrString.decode(r, r.size(), $undefined, q + 1, m.maxUnavailable);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.unhealthyPodEvictionPolicy = v;
                            else
                                delete m.unhealthyPodEvictionPolicy;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return PodDisruptionBudgetSpec;
        })();

        v1.PodDisruptionBudgetStatus = (function() {

            const PodDisruptionBudgetStatus = function (p) {
                this.disruptedPods = {};
                this.conditions = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            PodDisruptionBudgetStatus.prototype.observedGeneration = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            PodDisruptionBudgetStatus.prototype.disruptedPods = $util.emptyObject;
            PodDisruptionBudgetStatus.prototype.disruptionsAllowed = 0;
            PodDisruptionBudgetStatus.prototype.currentHealthy = 0;
            PodDisruptionBudgetStatus.prototype.desiredHealthy = 0;
            PodDisruptionBudgetStatus.prototype.expectedPods = 0;
            PodDisruptionBudgetStatus.prototype.conditions = $util.emptyArray;

            PodDisruptionBudgetStatus.create = function(properties) {
                return new PodDisruptionBudgetStatus(properties);
            };

            PodDisruptionBudgetStatus.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.observedGeneration != null && $Object.hasOwnProperty.call(m, "observedGeneration") && (typeof m.observedGeneration === "object" ? m.observedGeneration.low || m.observedGeneration.high : m.observedGeneration !== 0))
                    w.uint32(8).int64(m.observedGeneration);
                if (m.disruptedPods != null && $Object.hasOwnProperty.call(m, "disruptedPods")) {
                    for (var ks = $Object.keys(m.disruptedPods), i = 0; i < ks.length; ++i) {
                        w.uint32(18).fork().uint32(10).string(ks[i]).uint32(18).string(m.disruptedPods[ks[i]]).ldelim();
                    }
                }
                if (m.disruptionsAllowed != null && $Object.hasOwnProperty.call(m, "disruptionsAllowed") && m.disruptionsAllowed !== 0)
                    w.uint32(24).int32(m.disruptionsAllowed);
                if (m.currentHealthy != null && $Object.hasOwnProperty.call(m, "currentHealthy") && m.currentHealthy !== 0)
                    w.uint32(32).int32(m.currentHealthy);
                if (m.desiredHealthy != null && $Object.hasOwnProperty.call(m, "desiredHealthy") && m.desiredHealthy !== 0)
                    w.uint32(40).int32(m.desiredHealthy);
                if (m.expectedPods != null && $Object.hasOwnProperty.call(m, "expectedPods") && m.expectedPods !== 0)
                    w.uint32(48).int32(m.expectedPods);
                if (m.conditions != null && m.conditions.length) {
                    for (var i = 0; i < m.conditions.length; ++i)
                        $root.troupe.v1.Condition.encode(m.conditions[i], w.uint32(58).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            PodDisruptionBudgetStatus.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.PodDisruptionBudgetStatus();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.observedGeneration = v;
                            else
                                delete m.observedGeneration;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (m.disruptedPods === $util.emptyObject)
                                m.disruptedPods = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.disruptedPods, k);
                            m.disruptedPods[k] = v;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.disruptionsAllowed = v;
                            else
                                delete m.disruptionsAllowed;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.currentHealthy = v;
                            else
                                delete m.currentHealthy;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.desiredHealthy = v;
                            else
                                delete m.desiredHealthy;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.expectedPods = v;
                            else
                                delete m.expectedPods;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if (!(m.conditions && m.conditions.length))
                                m.conditions = [];
                            m.conditions.push($root.troupe.v1.Condition.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return PodDisruptionBudgetStatus;
        })();

        v1.PodDisruptionBudget = (function() {

            const PodDisruptionBudget = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            PodDisruptionBudget.prototype.apiVersion = "";
            PodDisruptionBudget.prototype.kind = "";
            PodDisruptionBudget.prototype.metadata = null;
            PodDisruptionBudget.prototype.spec = null;
            PodDisruptionBudget.prototype.status = null;

            PodDisruptionBudget.create = function(properties) {
                return new PodDisruptionBudget(properties);
            };

            PodDisruptionBudget.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.apiVersion != null && $Object.hasOwnProperty.call(m, "apiVersion") && m.apiVersion !== "")
                    w.uint32(10).string(m.apiVersion);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(18).string(m.kind);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata"))
                    $root.troupe.v1.ObjectMeta.encode(m.metadata, w.uint32(26).fork(), q + 1).ldelim();
                if (m.spec != null && $Object.hasOwnProperty.call(m, "spec"))
                    $root.troupe.v1.PodDisruptionBudgetSpec.encode(m.spec, w.uint32(34).fork(), q + 1).ldelim();
                if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                    $root.troupe.v1.PodDisruptionBudgetStatus.encode(m.status, w.uint32(42).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            PodDisruptionBudget.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.troupe.v1.PodDisruptionBudget();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.apiVersion = v;
                            else
                                delete m.apiVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.metadata = $root.troupe.v1.ObjectMeta.decode(r, r.size(), $undefined, q + 1, m.metadata);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.spec = $root.troupe.v1.PodDisruptionBudgetSpec.decode(r, r.size(), $undefined, q + 1, m.spec);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.status = $root.troupe.v1.PodDisruptionBudgetStatus.decode(r, r.size(), $undefined, q + 1, m.status);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            return PodDisruptionBudget;
        })();

        return v1;
    })();

    return troupe;
})();

export {
  $root as default
};
