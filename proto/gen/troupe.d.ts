import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace troupe. */
export namespace troupe {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a RawObject.
         * @deprecated Use troupe.v1.RawObject.$Properties instead.
         */
        interface IRawObject extends troupe.v1.RawObject.$Properties {
        }

        /** Represents a RawObject. */
        class RawObject {

            /**
             * Constructs a new RawObject.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.RawObject.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RawObject apiVersion. */
            apiVersion: string;

            /** RawObject kind. */
            kind: string;

            /** RawObject raw. */
            raw: Uint8Array;

            /**
             * Creates a new RawObject instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RawObject instance
             */
            static create(properties: troupe.v1.RawObject.$Shape): troupe.v1.RawObject & troupe.v1.RawObject.$Shape;
            static create(properties?: troupe.v1.RawObject.$Properties): troupe.v1.RawObject;

            /**
             * Encodes the specified RawObject message. Does not implicitly {@link troupe.v1.RawObject.verify|verify} messages.
             * @param m RawObject message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.RawObject.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RawObject message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.RawObject & troupe.v1.RawObject.$Shape} RawObject
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.RawObject & troupe.v1.RawObject.$Shape;
        }

        namespace RawObject {

            /** Properties of a RawObject. */
            interface $Properties {

                /** RawObject apiVersion */
                apiVersion?: string;

                /** RawObject kind */
                kind?: string;

                /** RawObject raw */
                raw?: Uint8Array;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RawObject. */
            type $Shape = troupe.v1.RawObject.$Properties;
        }

        /**
         * Properties of an ObjectList.
         * @deprecated Use troupe.v1.ObjectList.$Properties instead.
         */
        interface IObjectList extends troupe.v1.ObjectList.$Properties {
        }

        /** Represents an ObjectList. */
        class ObjectList {

            /**
             * Constructs a new ObjectList.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ObjectList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ObjectList apiVersion. */
            apiVersion: string;

            /** ObjectList kind. */
            kind: string;

            /** ObjectList metadata. */
            metadata: troupe.v1.ListMeta;

            /** ObjectList items. */
            items: troupe.v1.RawObject[];

            /**
             * Creates a new ObjectList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ObjectList instance
             */
            static create(properties: troupe.v1.ObjectList.$Shape): troupe.v1.ObjectList & troupe.v1.ObjectList.$Shape;
            static create(properties?: troupe.v1.ObjectList.$Properties): troupe.v1.ObjectList;

            /**
             * Encodes the specified ObjectList message. Does not implicitly {@link troupe.v1.ObjectList.verify|verify} messages.
             * @param m ObjectList message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ObjectList.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ObjectList message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ObjectList & troupe.v1.ObjectList.$Shape} ObjectList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ObjectList & troupe.v1.ObjectList.$Shape;
        }

        namespace ObjectList {

            /** Properties of an ObjectList. */
            interface $Properties {

                /** ObjectList apiVersion */
                apiVersion?: string;

                /** ObjectList kind */
                kind?: string;

                /** ObjectList metadata */
                metadata?: troupe.v1.ListMeta.$Properties;

                /** ObjectList items */
                items?: troupe.v1.RawObject.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ObjectList. */
            type $Shape = troupe.v1.ObjectList.$Properties;
        }

        /**
         * Properties of a WriteOptions.
         * @deprecated Use troupe.v1.WriteOptions.$Properties instead.
         */
        interface IWriteOptions extends troupe.v1.WriteOptions.$Properties {
        }

        /** Represents a WriteOptions. */
        class WriteOptions {

            /**
             * Constructs a new WriteOptions.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.WriteOptions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WriteOptions dryRun. */
            dryRun: boolean;

            /** WriteOptions fieldManager. */
            fieldManager: string;

            /** WriteOptions fieldValidation. */
            fieldValidation: string;

            /**
             * Creates a new WriteOptions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WriteOptions instance
             */
            static create(properties: troupe.v1.WriteOptions.$Shape): troupe.v1.WriteOptions & troupe.v1.WriteOptions.$Shape;
            static create(properties?: troupe.v1.WriteOptions.$Properties): troupe.v1.WriteOptions;

            /**
             * Encodes the specified WriteOptions message. Does not implicitly {@link troupe.v1.WriteOptions.verify|verify} messages.
             * @param m WriteOptions message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.WriteOptions.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WriteOptions message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.WriteOptions & troupe.v1.WriteOptions.$Shape} WriteOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.WriteOptions & troupe.v1.WriteOptions.$Shape;
        }

        namespace WriteOptions {

            /** Properties of a WriteOptions. */
            interface $Properties {

                /** WriteOptions dryRun */
                dryRun?: boolean;

                /** WriteOptions fieldManager */
                fieldManager?: string;

                /** WriteOptions fieldValidation */
                fieldValidation?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WriteOptions. */
            type $Shape = troupe.v1.WriteOptions.$Properties;
        }

        /**
         * Properties of a CreateRequest.
         * @deprecated Use troupe.v1.CreateRequest.$Properties instead.
         */
        interface ICreateRequest extends troupe.v1.CreateRequest.$Properties {
        }

        /** Represents a CreateRequest. */
        class CreateRequest {

            /**
             * Constructs a new CreateRequest.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.CreateRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreateRequest object. */
            object: troupe.v1.RawObject;

            /** CreateRequest options. */
            options: troupe.v1.WriteOptions;

            /**
             * Creates a new CreateRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CreateRequest instance
             */
            static create(properties: troupe.v1.CreateRequest.$Shape): troupe.v1.CreateRequest & troupe.v1.CreateRequest.$Shape;
            static create(properties?: troupe.v1.CreateRequest.$Properties): troupe.v1.CreateRequest;

            /**
             * Encodes the specified CreateRequest message. Does not implicitly {@link troupe.v1.CreateRequest.verify|verify} messages.
             * @param m CreateRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.CreateRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreateRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.CreateRequest & troupe.v1.CreateRequest.$Shape} CreateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.CreateRequest & troupe.v1.CreateRequest.$Shape;
        }

        namespace CreateRequest {

            /** Properties of a CreateRequest. */
            interface $Properties {

                /** CreateRequest object */
                object?: troupe.v1.RawObject.$Properties;

                /** CreateRequest options */
                options?: troupe.v1.WriteOptions.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreateRequest. */
            type $Shape = troupe.v1.CreateRequest.$Properties;
        }

        /**
         * Properties of an ApplyRequest.
         * @deprecated Use troupe.v1.ApplyRequest.$Properties instead.
         */
        interface IApplyRequest extends troupe.v1.ApplyRequest.$Properties {
        }

        /** Represents an ApplyRequest. */
        class ApplyRequest {

            /**
             * Constructs a new ApplyRequest.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ApplyRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ApplyRequest object. */
            object: troupe.v1.RawObject;

            /** ApplyRequest options. */
            options: troupe.v1.WriteOptions;

            /**
             * Creates a new ApplyRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ApplyRequest instance
             */
            static create(properties: troupe.v1.ApplyRequest.$Shape): troupe.v1.ApplyRequest & troupe.v1.ApplyRequest.$Shape;
            static create(properties?: troupe.v1.ApplyRequest.$Properties): troupe.v1.ApplyRequest;

            /**
             * Encodes the specified ApplyRequest message. Does not implicitly {@link troupe.v1.ApplyRequest.verify|verify} messages.
             * @param m ApplyRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ApplyRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ApplyRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ApplyRequest & troupe.v1.ApplyRequest.$Shape} ApplyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ApplyRequest & troupe.v1.ApplyRequest.$Shape;
        }

        namespace ApplyRequest {

            /** Properties of an ApplyRequest. */
            interface $Properties {

                /** ApplyRequest object */
                object?: troupe.v1.RawObject.$Properties;

                /** ApplyRequest options */
                options?: troupe.v1.WriteOptions.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ApplyRequest. */
            type $Shape = troupe.v1.ApplyRequest.$Properties;
        }

        /**
         * Properties of an UpdateRequest.
         * @deprecated Use troupe.v1.UpdateRequest.$Properties instead.
         */
        interface IUpdateRequest extends troupe.v1.UpdateRequest.$Properties {
        }

        /** Represents an UpdateRequest. */
        class UpdateRequest {

            /**
             * Constructs a new UpdateRequest.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.UpdateRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UpdateRequest object. */
            object: troupe.v1.RawObject;

            /** UpdateRequest options. */
            options: troupe.v1.WriteOptions;

            /**
             * Creates a new UpdateRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UpdateRequest instance
             */
            static create(properties: troupe.v1.UpdateRequest.$Shape): troupe.v1.UpdateRequest & troupe.v1.UpdateRequest.$Shape;
            static create(properties?: troupe.v1.UpdateRequest.$Properties): troupe.v1.UpdateRequest;

            /**
             * Encodes the specified UpdateRequest message. Does not implicitly {@link troupe.v1.UpdateRequest.verify|verify} messages.
             * @param m UpdateRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.UpdateRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UpdateRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.UpdateRequest & troupe.v1.UpdateRequest.$Shape} UpdateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.UpdateRequest & troupe.v1.UpdateRequest.$Shape;
        }

        namespace UpdateRequest {

            /** Properties of an UpdateRequest. */
            interface $Properties {

                /** UpdateRequest object */
                object?: troupe.v1.RawObject.$Properties;

                /** UpdateRequest options */
                options?: troupe.v1.WriteOptions.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UpdateRequest. */
            type $Shape = troupe.v1.UpdateRequest.$Properties;
        }

        /**
         * Properties of a JsonValue.
         * @deprecated Use troupe.v1.JsonValue.$Properties instead.
         */
        interface IJsonValue extends troupe.v1.JsonValue.$Properties {
        }

        /** Represents a JsonValue. */
        class JsonValue {

            /**
             * Constructs a new JsonValue.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.JsonValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JsonValue raw. */
            raw: string;

            /**
             * Creates a new JsonValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JsonValue instance
             */
            static create(properties: troupe.v1.JsonValue.$Shape): troupe.v1.JsonValue & troupe.v1.JsonValue.$Shape;
            static create(properties?: troupe.v1.JsonValue.$Properties): troupe.v1.JsonValue;

            /**
             * Encodes the specified JsonValue message. Does not implicitly {@link troupe.v1.JsonValue.verify|verify} messages.
             * @param m JsonValue message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.JsonValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JsonValue message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.JsonValue & troupe.v1.JsonValue.$Shape} JsonValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.JsonValue & troupe.v1.JsonValue.$Shape;
        }

        namespace JsonValue {

            /** Properties of a JsonValue. */
            interface $Properties {

                /** JsonValue raw */
                raw?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JsonValue. */
            type $Shape = troupe.v1.JsonValue.$Properties;
        }

        /**
         * Properties of a PatchRequest.
         * @deprecated Use troupe.v1.PatchRequest.$Properties instead.
         */
        interface IPatchRequest extends troupe.v1.PatchRequest.$Properties {
        }

        /** Represents a PatchRequest. */
        class PatchRequest {

            /**
             * Constructs a new PatchRequest.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PatchRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PatchRequest key. */
            key: troupe.v1.ObjectKey;

            /** PatchRequest patchType. */
            patchType: string;

            /** PatchRequest patch. */
            patch: troupe.v1.JsonValue;

            /** PatchRequest fieldManager. */
            fieldManager: string;

            /** PatchRequest force. */
            force: boolean;

            /** PatchRequest dryRun. */
            dryRun: boolean;

            /** PatchRequest subresource. */
            subresource: string;

            /** PatchRequest fieldValidation. */
            fieldValidation: string;

            /**
             * Creates a new PatchRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PatchRequest instance
             */
            static create(properties: troupe.v1.PatchRequest.$Shape): troupe.v1.PatchRequest & troupe.v1.PatchRequest.$Shape;
            static create(properties?: troupe.v1.PatchRequest.$Properties): troupe.v1.PatchRequest;

            /**
             * Encodes the specified PatchRequest message. Does not implicitly {@link troupe.v1.PatchRequest.verify|verify} messages.
             * @param m PatchRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PatchRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PatchRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PatchRequest & troupe.v1.PatchRequest.$Shape} PatchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PatchRequest & troupe.v1.PatchRequest.$Shape;
        }

        namespace PatchRequest {

            /** Properties of a PatchRequest. */
            interface $Properties {

                /** PatchRequest key */
                key?: troupe.v1.ObjectKey.$Properties;

                /** PatchRequest patchType */
                patchType?: string;

                /** PatchRequest patch */
                patch?: troupe.v1.JsonValue.$Properties;

                /** PatchRequest fieldManager */
                fieldManager?: string;

                /** PatchRequest force */
                force?: boolean;

                /** PatchRequest dryRun */
                dryRun?: boolean;

                /** PatchRequest subresource */
                subresource?: string;

                /** PatchRequest fieldValidation */
                fieldValidation?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PatchRequest. */
            type $Shape = troupe.v1.PatchRequest.$Properties;
        }

        /**
         * Properties of an ObjectKey.
         * @deprecated Use troupe.v1.ObjectKey.$Properties instead.
         */
        interface IObjectKey extends troupe.v1.ObjectKey.$Properties {
        }

        /** Represents an ObjectKey. */
        class ObjectKey {

            /**
             * Constructs a new ObjectKey.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ObjectKey.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ObjectKey resource. */
            resource: string;

            /** ObjectKey namespace. */
            namespace: string;

            /** ObjectKey name. */
            name: string;

            /**
             * Creates a new ObjectKey instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ObjectKey instance
             */
            static create(properties: troupe.v1.ObjectKey.$Shape): troupe.v1.ObjectKey & troupe.v1.ObjectKey.$Shape;
            static create(properties?: troupe.v1.ObjectKey.$Properties): troupe.v1.ObjectKey;

            /**
             * Encodes the specified ObjectKey message. Does not implicitly {@link troupe.v1.ObjectKey.verify|verify} messages.
             * @param m ObjectKey message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ObjectKey.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ObjectKey message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ObjectKey & troupe.v1.ObjectKey.$Shape} ObjectKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ObjectKey & troupe.v1.ObjectKey.$Shape;
        }

        namespace ObjectKey {

            /** Properties of an ObjectKey. */
            interface $Properties {

                /** ObjectKey resource */
                resource?: string;

                /** ObjectKey namespace */
                namespace?: string;

                /** ObjectKey name */
                name?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ObjectKey. */
            type $Shape = troupe.v1.ObjectKey.$Properties;
        }

        /**
         * Properties of a GetRequest.
         * @deprecated Use troupe.v1.GetRequest.$Properties instead.
         */
        interface IGetRequest extends troupe.v1.GetRequest.$Properties {
        }

        /** Represents a GetRequest. */
        class GetRequest {

            /**
             * Constructs a new GetRequest.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.GetRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetRequest key. */
            key: troupe.v1.ObjectKey;

            /**
             * Creates a new GetRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetRequest instance
             */
            static create(properties: troupe.v1.GetRequest.$Shape): troupe.v1.GetRequest & troupe.v1.GetRequest.$Shape;
            static create(properties?: troupe.v1.GetRequest.$Properties): troupe.v1.GetRequest;

            /**
             * Encodes the specified GetRequest message. Does not implicitly {@link troupe.v1.GetRequest.verify|verify} messages.
             * @param m GetRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.GetRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.GetRequest & troupe.v1.GetRequest.$Shape} GetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.GetRequest & troupe.v1.GetRequest.$Shape;
        }

        namespace GetRequest {

            /** Properties of a GetRequest. */
            interface $Properties {

                /** GetRequest key */
                key?: troupe.v1.ObjectKey.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetRequest. */
            type $Shape = troupe.v1.GetRequest.$Properties;
        }

        /**
         * Properties of a ListRequest.
         * @deprecated Use troupe.v1.ListRequest.$Properties instead.
         */
        interface IListRequest extends troupe.v1.ListRequest.$Properties {
        }

        /** Represents a ListRequest. */
        class ListRequest {

            /**
             * Constructs a new ListRequest.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ListRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListRequest resource. */
            resource: string;

            /** ListRequest namespace. */
            namespace: string;

            /** ListRequest labelSelector. */
            labelSelector: string;

            /** ListRequest fieldSelector. */
            fieldSelector: string;

            /** ListRequest limit. */
            limit: number;

            /** ListRequest continue. */
            continue: string;

            /**
             * Creates a new ListRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListRequest instance
             */
            static create(properties: troupe.v1.ListRequest.$Shape): troupe.v1.ListRequest & troupe.v1.ListRequest.$Shape;
            static create(properties?: troupe.v1.ListRequest.$Properties): troupe.v1.ListRequest;

            /**
             * Encodes the specified ListRequest message. Does not implicitly {@link troupe.v1.ListRequest.verify|verify} messages.
             * @param m ListRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ListRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ListRequest & troupe.v1.ListRequest.$Shape} ListRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ListRequest & troupe.v1.ListRequest.$Shape;
        }

        namespace ListRequest {

            /** Properties of a ListRequest. */
            interface $Properties {

                /** ListRequest resource */
                resource?: string;

                /** ListRequest namespace */
                namespace?: string;

                /** ListRequest labelSelector */
                labelSelector?: string;

                /** ListRequest fieldSelector */
                fieldSelector?: string;

                /** ListRequest limit */
                limit?: number;

                /** ListRequest continue */
                "continue"?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListRequest. */
            type $Shape = troupe.v1.ListRequest.$Properties;
        }

        /**
         * Properties of a Preconditions.
         * @deprecated Use troupe.v1.Preconditions.$Properties instead.
         */
        interface IPreconditions extends troupe.v1.Preconditions.$Properties {
        }

        /** Represents a Preconditions. */
        class Preconditions {

            /**
             * Constructs a new Preconditions.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.Preconditions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Preconditions uid. */
            uid: string;

            /** Preconditions resourceVersion. */
            resourceVersion: string;

            /**
             * Creates a new Preconditions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Preconditions instance
             */
            static create(properties: troupe.v1.Preconditions.$Shape): troupe.v1.Preconditions & troupe.v1.Preconditions.$Shape;
            static create(properties?: troupe.v1.Preconditions.$Properties): troupe.v1.Preconditions;

            /**
             * Encodes the specified Preconditions message. Does not implicitly {@link troupe.v1.Preconditions.verify|verify} messages.
             * @param m Preconditions message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.Preconditions.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Preconditions message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.Preconditions & troupe.v1.Preconditions.$Shape} Preconditions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.Preconditions & troupe.v1.Preconditions.$Shape;
        }

        namespace Preconditions {

            /** Properties of a Preconditions. */
            interface $Properties {

                /** Preconditions uid */
                uid?: string;

                /** Preconditions resourceVersion */
                resourceVersion?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Preconditions. */
            type $Shape = troupe.v1.Preconditions.$Properties;
        }

        /**
         * Properties of a DeleteRequest.
         * @deprecated Use troupe.v1.DeleteRequest.$Properties instead.
         */
        interface IDeleteRequest extends troupe.v1.DeleteRequest.$Properties {
        }

        /** Represents a DeleteRequest. */
        class DeleteRequest {

            /**
             * Constructs a new DeleteRequest.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.DeleteRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteRequest key. */
            key: troupe.v1.ObjectKey;

            /** DeleteRequest preconditions. */
            preconditions: troupe.v1.Preconditions;

            /** DeleteRequest propagationPolicy. */
            propagationPolicy: string;

            /** DeleteRequest gracePeriodSeconds. */
            gracePeriodSeconds: (number|null);

            /** DeleteRequest dryRun. */
            dryRun: boolean;

            /**
             * Creates a new DeleteRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteRequest instance
             */
            static create(properties: troupe.v1.DeleteRequest.$Shape): troupe.v1.DeleteRequest & troupe.v1.DeleteRequest.$Shape;
            static create(properties?: troupe.v1.DeleteRequest.$Properties): troupe.v1.DeleteRequest;

            /**
             * Encodes the specified DeleteRequest message. Does not implicitly {@link troupe.v1.DeleteRequest.verify|verify} messages.
             * @param m DeleteRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.DeleteRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.DeleteRequest & troupe.v1.DeleteRequest.$Shape} DeleteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.DeleteRequest & troupe.v1.DeleteRequest.$Shape;
        }

        namespace DeleteRequest {

            /** Properties of a DeleteRequest. */
            interface $Properties {

                /** DeleteRequest key */
                key?: troupe.v1.ObjectKey.$Properties;

                /** DeleteRequest preconditions */
                preconditions?: troupe.v1.Preconditions.$Properties;

                /** DeleteRequest propagationPolicy */
                propagationPolicy?: string;

                /** DeleteRequest gracePeriodSeconds */
                gracePeriodSeconds?: (number|null);

                /** DeleteRequest dryRun */
                dryRun?: boolean;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteRequest. */
            type $Shape = troupe.v1.DeleteRequest.$Properties;
        }

        /**
         * Properties of a WatchRequest.
         * @deprecated Use troupe.v1.WatchRequest.$Properties instead.
         */
        interface IWatchRequest extends troupe.v1.WatchRequest.$Properties {
        }

        /** Represents a WatchRequest. */
        class WatchRequest {

            /**
             * Constructs a new WatchRequest.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.WatchRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WatchRequest resource. */
            resource: string;

            /** WatchRequest namespace. */
            namespace: string;

            /** WatchRequest labelSelector. */
            labelSelector: string;

            /** WatchRequest fieldSelector. */
            fieldSelector: string;

            /** WatchRequest resourceVersion. */
            resourceVersion: string;

            /** WatchRequest deliverTo. */
            deliverTo: string;

            /** WatchRequest idleTimeoutSeconds. */
            idleTimeoutSeconds: number;

            /** WatchRequest sendInitialEvents. */
            sendInitialEvents: boolean;

            /**
             * Creates a new WatchRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WatchRequest instance
             */
            static create(properties: troupe.v1.WatchRequest.$Shape): troupe.v1.WatchRequest & troupe.v1.WatchRequest.$Shape;
            static create(properties?: troupe.v1.WatchRequest.$Properties): troupe.v1.WatchRequest;

            /**
             * Encodes the specified WatchRequest message. Does not implicitly {@link troupe.v1.WatchRequest.verify|verify} messages.
             * @param m WatchRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.WatchRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WatchRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.WatchRequest & troupe.v1.WatchRequest.$Shape} WatchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.WatchRequest & troupe.v1.WatchRequest.$Shape;
        }

        namespace WatchRequest {

            /** Properties of a WatchRequest. */
            interface $Properties {

                /** WatchRequest resource */
                resource?: string;

                /** WatchRequest namespace */
                namespace?: string;

                /** WatchRequest labelSelector */
                labelSelector?: string;

                /** WatchRequest fieldSelector */
                fieldSelector?: string;

                /** WatchRequest resourceVersion */
                resourceVersion?: string;

                /** WatchRequest deliverTo */
                deliverTo?: string;

                /** WatchRequest idleTimeoutSeconds */
                idleTimeoutSeconds?: number;

                /** WatchRequest sendInitialEvents */
                sendInitialEvents?: boolean;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WatchRequest. */
            type $Shape = troupe.v1.WatchRequest.$Properties;
        }

        /**
         * Properties of a WatchStarted.
         * @deprecated Use troupe.v1.WatchStarted.$Properties instead.
         */
        interface IWatchStarted extends troupe.v1.WatchStarted.$Properties {
        }

        /** Represents a WatchStarted. */
        class WatchStarted {

            /**
             * Constructs a new WatchStarted.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.WatchStarted.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WatchStarted watchId. */
            watchId: string;

            /** WatchStarted controlSubject. */
            controlSubject: string;

            /** WatchStarted resourceVersion. */
            resourceVersion: string;

            /**
             * Creates a new WatchStarted instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WatchStarted instance
             */
            static create(properties: troupe.v1.WatchStarted.$Shape): troupe.v1.WatchStarted & troupe.v1.WatchStarted.$Shape;
            static create(properties?: troupe.v1.WatchStarted.$Properties): troupe.v1.WatchStarted;

            /**
             * Encodes the specified WatchStarted message. Does not implicitly {@link troupe.v1.WatchStarted.verify|verify} messages.
             * @param m WatchStarted message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.WatchStarted.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WatchStarted message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.WatchStarted & troupe.v1.WatchStarted.$Shape} WatchStarted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.WatchStarted & troupe.v1.WatchStarted.$Shape;
        }

        namespace WatchStarted {

            /** Properties of a WatchStarted. */
            interface $Properties {

                /** WatchStarted watchId */
                watchId?: string;

                /** WatchStarted controlSubject */
                controlSubject?: string;

                /** WatchStarted resourceVersion */
                resourceVersion?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WatchStarted. */
            type $Shape = troupe.v1.WatchStarted.$Properties;
        }

        /**
         * Properties of a WatchControl.
         * @deprecated Use troupe.v1.WatchControl.$Properties instead.
         */
        interface IWatchControl extends troupe.v1.WatchControl.$Properties {
        }

        /** Represents a WatchControl. */
        class WatchControl {

            /**
             * Constructs a new WatchControl.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.WatchControl.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WatchControl action. */
            action: string;

            /**
             * Creates a new WatchControl instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WatchControl instance
             */
            static create(properties: troupe.v1.WatchControl.$Shape): troupe.v1.WatchControl & troupe.v1.WatchControl.$Shape;
            static create(properties?: troupe.v1.WatchControl.$Properties): troupe.v1.WatchControl;

            /**
             * Encodes the specified WatchControl message. Does not implicitly {@link troupe.v1.WatchControl.verify|verify} messages.
             * @param m WatchControl message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.WatchControl.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WatchControl message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.WatchControl & troupe.v1.WatchControl.$Shape} WatchControl
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.WatchControl & troupe.v1.WatchControl.$Shape;
        }

        namespace WatchControl {

            /** Properties of a WatchControl. */
            interface $Properties {

                /** WatchControl action */
                action?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WatchControl. */
            type $Shape = troupe.v1.WatchControl.$Properties;
        }

        /**
         * Properties of a WatchEvent.
         * @deprecated Use troupe.v1.WatchEvent.$Properties instead.
         */
        interface IWatchEvent extends troupe.v1.WatchEvent.$Properties {
        }

        /** Represents a WatchEvent. */
        class WatchEvent {

            /**
             * Constructs a new WatchEvent.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.WatchEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WatchEvent type. */
            type: string;

            /** WatchEvent object. */
            object: troupe.v1.RawObject;

            /**
             * Creates a new WatchEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WatchEvent instance
             */
            static create(properties: troupe.v1.WatchEvent.$Shape): troupe.v1.WatchEvent & troupe.v1.WatchEvent.$Shape;
            static create(properties?: troupe.v1.WatchEvent.$Properties): troupe.v1.WatchEvent;

            /**
             * Encodes the specified WatchEvent message. Does not implicitly {@link troupe.v1.WatchEvent.verify|verify} messages.
             * @param m WatchEvent message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.WatchEvent.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WatchEvent message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.WatchEvent & troupe.v1.WatchEvent.$Shape} WatchEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.WatchEvent & troupe.v1.WatchEvent.$Shape;
        }

        namespace WatchEvent {

            /** Properties of a WatchEvent. */
            interface $Properties {

                /** WatchEvent type */
                type?: string;

                /** WatchEvent object */
                object?: troupe.v1.RawObject.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WatchEvent. */
            type $Shape = troupe.v1.WatchEvent.$Properties;
        }

        /**
         * Properties of a StatusCause.
         * @deprecated Use troupe.v1.StatusCause.$Properties instead.
         */
        interface IStatusCause extends troupe.v1.StatusCause.$Properties {
        }

        /** Represents a StatusCause. */
        class StatusCause {

            /**
             * Constructs a new StatusCause.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.StatusCause.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StatusCause reason. */
            reason: string;

            /** StatusCause message. */
            message: string;

            /** StatusCause field. */
            field: string;

            /**
             * Creates a new StatusCause instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatusCause instance
             */
            static create(properties: troupe.v1.StatusCause.$Shape): troupe.v1.StatusCause & troupe.v1.StatusCause.$Shape;
            static create(properties?: troupe.v1.StatusCause.$Properties): troupe.v1.StatusCause;

            /**
             * Encodes the specified StatusCause message. Does not implicitly {@link troupe.v1.StatusCause.verify|verify} messages.
             * @param m StatusCause message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.StatusCause.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatusCause message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.StatusCause & troupe.v1.StatusCause.$Shape} StatusCause
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.StatusCause & troupe.v1.StatusCause.$Shape;
        }

        namespace StatusCause {

            /** Properties of a StatusCause. */
            interface $Properties {

                /** StatusCause reason */
                reason?: string;

                /** StatusCause message */
                message?: string;

                /** StatusCause field */
                field?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatusCause. */
            type $Shape = troupe.v1.StatusCause.$Properties;
        }

        /**
         * Properties of a StatusDetails.
         * @deprecated Use troupe.v1.StatusDetails.$Properties instead.
         */
        interface IStatusDetails extends troupe.v1.StatusDetails.$Properties {
        }

        /** Represents a StatusDetails. */
        class StatusDetails {

            /**
             * Constructs a new StatusDetails.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.StatusDetails.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StatusDetails name. */
            name: string;

            /** StatusDetails group. */
            group: string;

            /** StatusDetails kind. */
            kind: string;

            /** StatusDetails uid. */
            uid: string;

            /** StatusDetails causes. */
            causes: troupe.v1.StatusCause[];

            /** StatusDetails retryAfterSeconds. */
            retryAfterSeconds: number;

            /**
             * Creates a new StatusDetails instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatusDetails instance
             */
            static create(properties: troupe.v1.StatusDetails.$Shape): troupe.v1.StatusDetails & troupe.v1.StatusDetails.$Shape;
            static create(properties?: troupe.v1.StatusDetails.$Properties): troupe.v1.StatusDetails;

            /**
             * Encodes the specified StatusDetails message. Does not implicitly {@link troupe.v1.StatusDetails.verify|verify} messages.
             * @param m StatusDetails message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.StatusDetails.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatusDetails message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.StatusDetails & troupe.v1.StatusDetails.$Shape} StatusDetails
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.StatusDetails & troupe.v1.StatusDetails.$Shape;
        }

        namespace StatusDetails {

            /** Properties of a StatusDetails. */
            interface $Properties {

                /** StatusDetails name */
                name?: string;

                /** StatusDetails group */
                group?: string;

                /** StatusDetails kind */
                kind?: string;

                /** StatusDetails uid */
                uid?: string;

                /** StatusDetails causes */
                causes?: troupe.v1.StatusCause.$Properties[];

                /** StatusDetails retryAfterSeconds */
                retryAfterSeconds?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatusDetails. */
            type $Shape = troupe.v1.StatusDetails.$Properties;
        }

        /**
         * Properties of a Status.
         * @deprecated Use troupe.v1.Status.$Properties instead.
         */
        interface IStatus extends troupe.v1.Status.$Properties {
        }

        /** Represents a Status. */
        class Status {

            /**
             * Constructs a new Status.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.Status.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Status apiVersion. */
            apiVersion: string;

            /** Status kind. */
            kind: string;

            /** Status metadata. */
            metadata: troupe.v1.ListMeta;

            /** Status status. */
            status: string;

            /** Status message. */
            message: string;

            /** Status reason. */
            reason: string;

            /** Status details. */
            details: troupe.v1.StatusDetails;

            /** Status code. */
            code: number;

            /**
             * Creates a new Status instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Status instance
             */
            static create(properties: troupe.v1.Status.$Shape): troupe.v1.Status & troupe.v1.Status.$Shape;
            static create(properties?: troupe.v1.Status.$Properties): troupe.v1.Status;

            /**
             * Encodes the specified Status message. Does not implicitly {@link troupe.v1.Status.verify|verify} messages.
             * @param m Status message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.Status.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.Status & troupe.v1.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.Status & troupe.v1.Status.$Shape;
        }

        namespace Status {

            /** Properties of a Status. */
            interface $Properties {

                /** Status apiVersion */
                apiVersion?: string;

                /** Status kind */
                kind?: string;

                /** Status metadata */
                metadata?: troupe.v1.ListMeta.$Properties;

                /** Status status */
                status?: string;

                /** Status message */
                message?: string;

                /** Status reason */
                reason?: string;

                /** Status details */
                details?: troupe.v1.StatusDetails.$Properties;

                /** Status code */
                code?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Status. */
            type $Shape = troupe.v1.Status.$Properties;
        }

        /**
         * Properties of a APIResource.
         * @deprecated Use troupe.v1.APIResource.$Properties instead.
         */
        interface IAPIResource extends troupe.v1.APIResource.$Properties {
        }

        /** Represents a APIResource. */
        class APIResource {

            /**
             * Constructs a new APIResource.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.APIResource.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** APIResource kind. */
            kind: string;

            /** APIResource apiVersion. */
            apiVersion: string;

            /** APIResource plural. */
            plural: string;

            /** APIResource singular. */
            singular: string;

            /** APIResource shortNames. */
            shortNames: string[];

            /** APIResource namespaced. */
            namespaced: boolean;

            /** APIResource verbs. */
            verbs: string[];

            /**
             * Creates a new APIResource instance using the specified properties.
             * @param [properties] Properties to set
             * @returns APIResource instance
             */
            static create(properties: troupe.v1.APIResource.$Shape): troupe.v1.APIResource & troupe.v1.APIResource.$Shape;
            static create(properties?: troupe.v1.APIResource.$Properties): troupe.v1.APIResource;

            /**
             * Encodes the specified APIResource message. Does not implicitly {@link troupe.v1.APIResource.verify|verify} messages.
             * @param m APIResource message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.APIResource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a APIResource message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.APIResource & troupe.v1.APIResource.$Shape} APIResource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.APIResource & troupe.v1.APIResource.$Shape;
        }

        namespace APIResource {

            /** Properties of a APIResource. */
            interface $Properties {

                /** APIResource kind */
                kind?: string;

                /** APIResource apiVersion */
                apiVersion?: string;

                /** APIResource plural */
                plural?: string;

                /** APIResource singular */
                singular?: string;

                /** APIResource shortNames */
                shortNames?: string[];

                /** APIResource namespaced */
                namespaced?: boolean;

                /** APIResource verbs */
                verbs?: string[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a APIResource. */
            type $Shape = troupe.v1.APIResource.$Properties;
        }

        /**
         * Properties of a DiscoveryResponse.
         * @deprecated Use troupe.v1.DiscoveryResponse.$Properties instead.
         */
        interface IDiscoveryResponse extends troupe.v1.DiscoveryResponse.$Properties {
        }

        /** Represents a DiscoveryResponse. */
        class DiscoveryResponse {

            /**
             * Constructs a new DiscoveryResponse.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.DiscoveryResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DiscoveryResponse serverVersion. */
            serverVersion: string;

            /** DiscoveryResponse resources. */
            resources: troupe.v1.APIResource[];

            /**
             * Creates a new DiscoveryResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DiscoveryResponse instance
             */
            static create(properties: troupe.v1.DiscoveryResponse.$Shape): troupe.v1.DiscoveryResponse & troupe.v1.DiscoveryResponse.$Shape;
            static create(properties?: troupe.v1.DiscoveryResponse.$Properties): troupe.v1.DiscoveryResponse;

            /**
             * Encodes the specified DiscoveryResponse message. Does not implicitly {@link troupe.v1.DiscoveryResponse.verify|verify} messages.
             * @param m DiscoveryResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.DiscoveryResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DiscoveryResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.DiscoveryResponse & troupe.v1.DiscoveryResponse.$Shape} DiscoveryResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.DiscoveryResponse & troupe.v1.DiscoveryResponse.$Shape;
        }

        namespace DiscoveryResponse {

            /** Properties of a DiscoveryResponse. */
            interface $Properties {

                /** DiscoveryResponse serverVersion */
                serverVersion?: string;

                /** DiscoveryResponse resources */
                resources?: troupe.v1.APIResource.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DiscoveryResponse. */
            type $Shape = troupe.v1.DiscoveryResponse.$Properties;
        }

        /**
         * Properties of a BindRequest.
         * @deprecated Use troupe.v1.BindRequest.$Properties instead.
         */
        interface IBindRequest extends troupe.v1.BindRequest.$Properties {
        }

        /** Represents a BindRequest. */
        class BindRequest {

            /**
             * Constructs a new BindRequest.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.BindRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BindRequest namespace. */
            namespace: string;

            /** BindRequest name. */
            name: string;

            /** BindRequest nodeName. */
            nodeName: string;

            /** BindRequest uid. */
            uid: string;

            /**
             * Creates a new BindRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BindRequest instance
             */
            static create(properties: troupe.v1.BindRequest.$Shape): troupe.v1.BindRequest & troupe.v1.BindRequest.$Shape;
            static create(properties?: troupe.v1.BindRequest.$Properties): troupe.v1.BindRequest;

            /**
             * Encodes the specified BindRequest message. Does not implicitly {@link troupe.v1.BindRequest.verify|verify} messages.
             * @param m BindRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.BindRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BindRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.BindRequest & troupe.v1.BindRequest.$Shape} BindRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.BindRequest & troupe.v1.BindRequest.$Shape;
        }

        namespace BindRequest {

            /** Properties of a BindRequest. */
            interface $Properties {

                /** BindRequest namespace */
                namespace?: string;

                /** BindRequest name */
                name?: string;

                /** BindRequest nodeName */
                nodeName?: string;

                /** BindRequest uid */
                uid?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BindRequest. */
            type $Shape = troupe.v1.BindRequest.$Properties;
        }

        /**
         * Properties of an EvictDeleteOptions.
         * @deprecated Use troupe.v1.EvictDeleteOptions.$Properties instead.
         */
        interface IEvictDeleteOptions extends troupe.v1.EvictDeleteOptions.$Properties {
        }

        /** Represents an EvictDeleteOptions. */
        class EvictDeleteOptions {

            /**
             * Constructs a new EvictDeleteOptions.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.EvictDeleteOptions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EvictDeleteOptions gracePeriodSeconds. */
            gracePeriodSeconds: (number|null);

            /** EvictDeleteOptions preconditions. */
            preconditions: troupe.v1.Preconditions;

            /** EvictDeleteOptions propagationPolicy. */
            propagationPolicy: string;

            /**
             * Creates a new EvictDeleteOptions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EvictDeleteOptions instance
             */
            static create(properties: troupe.v1.EvictDeleteOptions.$Shape): troupe.v1.EvictDeleteOptions & troupe.v1.EvictDeleteOptions.$Shape;
            static create(properties?: troupe.v1.EvictDeleteOptions.$Properties): troupe.v1.EvictDeleteOptions;

            /**
             * Encodes the specified EvictDeleteOptions message. Does not implicitly {@link troupe.v1.EvictDeleteOptions.verify|verify} messages.
             * @param m EvictDeleteOptions message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.EvictDeleteOptions.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EvictDeleteOptions message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.EvictDeleteOptions & troupe.v1.EvictDeleteOptions.$Shape} EvictDeleteOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.EvictDeleteOptions & troupe.v1.EvictDeleteOptions.$Shape;
        }

        namespace EvictDeleteOptions {

            /** Properties of an EvictDeleteOptions. */
            interface $Properties {

                /** EvictDeleteOptions gracePeriodSeconds */
                gracePeriodSeconds?: (number|null);

                /** EvictDeleteOptions preconditions */
                preconditions?: troupe.v1.Preconditions.$Properties;

                /** EvictDeleteOptions propagationPolicy */
                propagationPolicy?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EvictDeleteOptions. */
            type $Shape = troupe.v1.EvictDeleteOptions.$Properties;
        }

        /**
         * Properties of an UpdateScaleRequest.
         * @deprecated Use troupe.v1.UpdateScaleRequest.$Properties instead.
         */
        interface IUpdateScaleRequest extends troupe.v1.UpdateScaleRequest.$Properties {
        }

        /** Represents an UpdateScaleRequest. */
        class UpdateScaleRequest {

            /**
             * Constructs a new UpdateScaleRequest.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.UpdateScaleRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UpdateScaleRequest key. */
            key: troupe.v1.ObjectKey;

            /** UpdateScaleRequest replicas. */
            replicas: number;

            /** UpdateScaleRequest resourceVersion. */
            resourceVersion: string;

            /** UpdateScaleRequest dryRun. */
            dryRun: boolean;

            /** UpdateScaleRequest fieldManager. */
            fieldManager: string;

            /**
             * Creates a new UpdateScaleRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UpdateScaleRequest instance
             */
            static create(properties: troupe.v1.UpdateScaleRequest.$Shape): troupe.v1.UpdateScaleRequest & troupe.v1.UpdateScaleRequest.$Shape;
            static create(properties?: troupe.v1.UpdateScaleRequest.$Properties): troupe.v1.UpdateScaleRequest;

            /**
             * Encodes the specified UpdateScaleRequest message. Does not implicitly {@link troupe.v1.UpdateScaleRequest.verify|verify} messages.
             * @param m UpdateScaleRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.UpdateScaleRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UpdateScaleRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.UpdateScaleRequest & troupe.v1.UpdateScaleRequest.$Shape} UpdateScaleRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.UpdateScaleRequest & troupe.v1.UpdateScaleRequest.$Shape;
        }

        namespace UpdateScaleRequest {

            /** Properties of an UpdateScaleRequest. */
            interface $Properties {

                /** UpdateScaleRequest key */
                key?: troupe.v1.ObjectKey.$Properties;

                /** UpdateScaleRequest replicas */
                replicas?: number;

                /** UpdateScaleRequest resourceVersion */
                resourceVersion?: string;

                /** UpdateScaleRequest dryRun */
                dryRun?: boolean;

                /** UpdateScaleRequest fieldManager */
                fieldManager?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UpdateScaleRequest. */
            type $Shape = troupe.v1.UpdateScaleRequest.$Properties;
        }

        /**
         * Properties of a CreateTokenRequest.
         * @deprecated Use troupe.v1.CreateTokenRequest.$Properties instead.
         */
        interface ICreateTokenRequest extends troupe.v1.CreateTokenRequest.$Properties {
        }

        /** Represents a CreateTokenRequest. */
        class CreateTokenRequest {

            /**
             * Constructs a new CreateTokenRequest.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.CreateTokenRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreateTokenRequest key. */
            key: troupe.v1.ObjectKey;

            /** CreateTokenRequest tokenRequest. */
            tokenRequest: troupe.v1.TokenRequest;

            /**
             * Creates a new CreateTokenRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CreateTokenRequest instance
             */
            static create(properties: troupe.v1.CreateTokenRequest.$Shape): troupe.v1.CreateTokenRequest & troupe.v1.CreateTokenRequest.$Shape;
            static create(properties?: troupe.v1.CreateTokenRequest.$Properties): troupe.v1.CreateTokenRequest;

            /**
             * Encodes the specified CreateTokenRequest message. Does not implicitly {@link troupe.v1.CreateTokenRequest.verify|verify} messages.
             * @param m CreateTokenRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.CreateTokenRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreateTokenRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.CreateTokenRequest & troupe.v1.CreateTokenRequest.$Shape} CreateTokenRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.CreateTokenRequest & troupe.v1.CreateTokenRequest.$Shape;
        }

        namespace CreateTokenRequest {

            /** Properties of a CreateTokenRequest. */
            interface $Properties {

                /** CreateTokenRequest key */
                key?: troupe.v1.ObjectKey.$Properties;

                /** CreateTokenRequest tokenRequest */
                tokenRequest?: troupe.v1.TokenRequest.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreateTokenRequest. */
            type $Shape = troupe.v1.CreateTokenRequest.$Properties;
        }

        /**
         * Properties of an EvictRequest.
         * @deprecated Use troupe.v1.EvictRequest.$Properties instead.
         */
        interface IEvictRequest extends troupe.v1.EvictRequest.$Properties {
        }

        /** Represents an EvictRequest. */
        class EvictRequest {

            /**
             * Constructs a new EvictRequest.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.EvictRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EvictRequest key. */
            key: troupe.v1.ObjectKey;

            /** EvictRequest deleteOptions. */
            deleteOptions: troupe.v1.EvictDeleteOptions;

            /** EvictRequest dryRun. */
            dryRun: boolean;

            /**
             * Creates a new EvictRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EvictRequest instance
             */
            static create(properties: troupe.v1.EvictRequest.$Shape): troupe.v1.EvictRequest & troupe.v1.EvictRequest.$Shape;
            static create(properties?: troupe.v1.EvictRequest.$Properties): troupe.v1.EvictRequest;

            /**
             * Encodes the specified EvictRequest message. Does not implicitly {@link troupe.v1.EvictRequest.verify|verify} messages.
             * @param m EvictRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.EvictRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EvictRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.EvictRequest & troupe.v1.EvictRequest.$Shape} EvictRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.EvictRequest & troupe.v1.EvictRequest.$Shape;
        }

        namespace EvictRequest {

            /** Properties of an EvictRequest. */
            interface $Properties {

                /** EvictRequest key */
                key?: troupe.v1.ObjectKey.$Properties;

                /** EvictRequest deleteOptions */
                deleteOptions?: troupe.v1.EvictDeleteOptions.$Properties;

                /** EvictRequest dryRun */
                dryRun?: boolean;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EvictRequest. */
            type $Shape = troupe.v1.EvictRequest.$Properties;
        }

        /**
         * Properties of a BoundObjectReference.
         * @deprecated Use troupe.v1.BoundObjectReference.$Properties instead.
         */
        interface IBoundObjectReference extends troupe.v1.BoundObjectReference.$Properties {
        }

        /** Represents a BoundObjectReference. */
        class BoundObjectReference {

            /**
             * Constructs a new BoundObjectReference.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.BoundObjectReference.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BoundObjectReference kind. */
            kind: string;

            /** BoundObjectReference apiVersion. */
            apiVersion: string;

            /** BoundObjectReference name. */
            name: string;

            /** BoundObjectReference uid. */
            uid: string;

            /**
             * Creates a new BoundObjectReference instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BoundObjectReference instance
             */
            static create(properties: troupe.v1.BoundObjectReference.$Shape): troupe.v1.BoundObjectReference & troupe.v1.BoundObjectReference.$Shape;
            static create(properties?: troupe.v1.BoundObjectReference.$Properties): troupe.v1.BoundObjectReference;

            /**
             * Encodes the specified BoundObjectReference message. Does not implicitly {@link troupe.v1.BoundObjectReference.verify|verify} messages.
             * @param m BoundObjectReference message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.BoundObjectReference.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BoundObjectReference message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.BoundObjectReference & troupe.v1.BoundObjectReference.$Shape} BoundObjectReference
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.BoundObjectReference & troupe.v1.BoundObjectReference.$Shape;
        }

        namespace BoundObjectReference {

            /** Properties of a BoundObjectReference. */
            interface $Properties {

                /** BoundObjectReference kind */
                kind?: string;

                /** BoundObjectReference apiVersion */
                apiVersion?: string;

                /** BoundObjectReference name */
                name?: string;

                /** BoundObjectReference uid */
                uid?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BoundObjectReference. */
            type $Shape = troupe.v1.BoundObjectReference.$Properties;
        }

        /**
         * Properties of a TokenRequestSpec.
         * @deprecated Use troupe.v1.TokenRequestSpec.$Properties instead.
         */
        interface ITokenRequestSpec extends troupe.v1.TokenRequestSpec.$Properties {
        }

        /** Represents a TokenRequestSpec. */
        class TokenRequestSpec {

            /**
             * Constructs a new TokenRequestSpec.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.TokenRequestSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TokenRequestSpec audiences. */
            audiences: string[];

            /** TokenRequestSpec expirationSeconds. */
            expirationSeconds: (number|null);

            /** TokenRequestSpec boundObjectRef. */
            boundObjectRef: troupe.v1.BoundObjectReference;

            /**
             * Creates a new TokenRequestSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TokenRequestSpec instance
             */
            static create(properties: troupe.v1.TokenRequestSpec.$Shape): troupe.v1.TokenRequestSpec & troupe.v1.TokenRequestSpec.$Shape;
            static create(properties?: troupe.v1.TokenRequestSpec.$Properties): troupe.v1.TokenRequestSpec;

            /**
             * Encodes the specified TokenRequestSpec message. Does not implicitly {@link troupe.v1.TokenRequestSpec.verify|verify} messages.
             * @param m TokenRequestSpec message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.TokenRequestSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TokenRequestSpec message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.TokenRequestSpec & troupe.v1.TokenRequestSpec.$Shape} TokenRequestSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.TokenRequestSpec & troupe.v1.TokenRequestSpec.$Shape;
        }

        namespace TokenRequestSpec {

            /** Properties of a TokenRequestSpec. */
            interface $Properties {

                /** TokenRequestSpec audiences */
                audiences?: string[];

                /** TokenRequestSpec expirationSeconds */
                expirationSeconds?: (number|null);

                /** TokenRequestSpec boundObjectRef */
                boundObjectRef?: troupe.v1.BoundObjectReference.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TokenRequestSpec. */
            type $Shape = troupe.v1.TokenRequestSpec.$Properties;
        }

        /**
         * Properties of a TokenRequestStatus.
         * @deprecated Use troupe.v1.TokenRequestStatus.$Properties instead.
         */
        interface ITokenRequestStatus extends troupe.v1.TokenRequestStatus.$Properties {
        }

        /** Represents a TokenRequestStatus. */
        class TokenRequestStatus {

            /**
             * Constructs a new TokenRequestStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.TokenRequestStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TokenRequestStatus token. */
            token: string;

            /** TokenRequestStatus expirationTimestamp. */
            expirationTimestamp: string;

            /**
             * Creates a new TokenRequestStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TokenRequestStatus instance
             */
            static create(properties: troupe.v1.TokenRequestStatus.$Shape): troupe.v1.TokenRequestStatus & troupe.v1.TokenRequestStatus.$Shape;
            static create(properties?: troupe.v1.TokenRequestStatus.$Properties): troupe.v1.TokenRequestStatus;

            /**
             * Encodes the specified TokenRequestStatus message. Does not implicitly {@link troupe.v1.TokenRequestStatus.verify|verify} messages.
             * @param m TokenRequestStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.TokenRequestStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TokenRequestStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.TokenRequestStatus & troupe.v1.TokenRequestStatus.$Shape} TokenRequestStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.TokenRequestStatus & troupe.v1.TokenRequestStatus.$Shape;
        }

        namespace TokenRequestStatus {

            /** Properties of a TokenRequestStatus. */
            interface $Properties {

                /** TokenRequestStatus token */
                token?: string;

                /** TokenRequestStatus expirationTimestamp */
                expirationTimestamp?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TokenRequestStatus. */
            type $Shape = troupe.v1.TokenRequestStatus.$Properties;
        }

        /**
         * Properties of a TokenRequest.
         * @deprecated Use troupe.v1.TokenRequest.$Properties instead.
         */
        interface ITokenRequest extends troupe.v1.TokenRequest.$Properties {
        }

        /** Represents a TokenRequest. */
        class TokenRequest {

            /**
             * Constructs a new TokenRequest.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.TokenRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TokenRequest apiVersion. */
            apiVersion: string;

            /** TokenRequest kind. */
            kind: string;

            /** TokenRequest metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** TokenRequest spec. */
            spec: troupe.v1.TokenRequestSpec;

            /** TokenRequest status. */
            status: troupe.v1.TokenRequestStatus;

            /**
             * Creates a new TokenRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TokenRequest instance
             */
            static create(properties: troupe.v1.TokenRequest.$Shape): troupe.v1.TokenRequest & troupe.v1.TokenRequest.$Shape;
            static create(properties?: troupe.v1.TokenRequest.$Properties): troupe.v1.TokenRequest;

            /**
             * Encodes the specified TokenRequest message. Does not implicitly {@link troupe.v1.TokenRequest.verify|verify} messages.
             * @param m TokenRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.TokenRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TokenRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.TokenRequest & troupe.v1.TokenRequest.$Shape} TokenRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.TokenRequest & troupe.v1.TokenRequest.$Shape;
        }

        namespace TokenRequest {

            /** Properties of a TokenRequest. */
            interface $Properties {

                /** TokenRequest apiVersion */
                apiVersion?: string;

                /** TokenRequest kind */
                kind?: string;

                /** TokenRequest metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** TokenRequest spec */
                spec?: troupe.v1.TokenRequestSpec.$Properties;

                /** TokenRequest status */
                status?: troupe.v1.TokenRequestStatus.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TokenRequest. */
            type $Shape = troupe.v1.TokenRequest.$Properties;
        }

        /**
         * Properties of an OwnerReference.
         * @deprecated Use troupe.v1.OwnerReference.$Properties instead.
         */
        interface IOwnerReference extends troupe.v1.OwnerReference.$Properties {
        }

        /** Represents an OwnerReference. */
        class OwnerReference {

            /**
             * Constructs a new OwnerReference.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.OwnerReference.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OwnerReference apiVersion. */
            apiVersion: string;

            /** OwnerReference kind. */
            kind: string;

            /** OwnerReference name. */
            name: string;

            /** OwnerReference uid. */
            uid: string;

            /** OwnerReference controller. */
            controller: (boolean|null);

            /** OwnerReference blockOwnerDeletion. */
            blockOwnerDeletion: (boolean|null);

            /**
             * Creates a new OwnerReference instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OwnerReference instance
             */
            static create(properties: troupe.v1.OwnerReference.$Shape): troupe.v1.OwnerReference & troupe.v1.OwnerReference.$Shape;
            static create(properties?: troupe.v1.OwnerReference.$Properties): troupe.v1.OwnerReference;

            /**
             * Encodes the specified OwnerReference message. Does not implicitly {@link troupe.v1.OwnerReference.verify|verify} messages.
             * @param m OwnerReference message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.OwnerReference.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OwnerReference message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.OwnerReference & troupe.v1.OwnerReference.$Shape} OwnerReference
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.OwnerReference & troupe.v1.OwnerReference.$Shape;
        }

        namespace OwnerReference {

            /** Properties of an OwnerReference. */
            interface $Properties {

                /** OwnerReference apiVersion */
                apiVersion?: string;

                /** OwnerReference kind */
                kind?: string;

                /** OwnerReference name */
                name?: string;

                /** OwnerReference uid */
                uid?: string;

                /** OwnerReference controller */
                controller?: (boolean|null);

                /** OwnerReference blockOwnerDeletion */
                blockOwnerDeletion?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OwnerReference. */
            type $Shape = troupe.v1.OwnerReference.$Properties;
        }

        /**
         * Properties of an ObjectMeta.
         * @deprecated Use troupe.v1.ObjectMeta.$Properties instead.
         */
        interface IObjectMeta extends troupe.v1.ObjectMeta.$Properties {
        }

        /** Represents an ObjectMeta. */
        class ObjectMeta {

            /**
             * Constructs a new ObjectMeta.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ObjectMeta.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ObjectMeta name. */
            name: string;

            /** ObjectMeta generateName. */
            generateName: string;

            /** ObjectMeta namespace. */
            namespace: string;

            /** ObjectMeta uid. */
            uid: string;

            /** ObjectMeta resourceVersion. */
            resourceVersion: string;

            /** ObjectMeta generation. */
            generation: number;

            /** ObjectMeta creationTimestamp. */
            creationTimestamp: string;

            /** ObjectMeta deletionTimestamp. */
            deletionTimestamp: string;

            /** ObjectMeta deletionGracePeriodSeconds. */
            deletionGracePeriodSeconds: (number|null);

            /** ObjectMeta labels. */
            labels: { [k: string]: string };

            /** ObjectMeta annotations. */
            annotations: { [k: string]: string };

            /** ObjectMeta ownerReferences. */
            ownerReferences: troupe.v1.OwnerReference[];

            /** ObjectMeta finalizers. */
            finalizers: string[];

            /** ObjectMeta managedFields. */
            managedFields: troupe.v1.ManagedFieldsEntry[];

            /**
             * Creates a new ObjectMeta instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ObjectMeta instance
             */
            static create(properties: troupe.v1.ObjectMeta.$Shape): troupe.v1.ObjectMeta & troupe.v1.ObjectMeta.$Shape;
            static create(properties?: troupe.v1.ObjectMeta.$Properties): troupe.v1.ObjectMeta;

            /**
             * Encodes the specified ObjectMeta message. Does not implicitly {@link troupe.v1.ObjectMeta.verify|verify} messages.
             * @param m ObjectMeta message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ObjectMeta.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ObjectMeta message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ObjectMeta & troupe.v1.ObjectMeta.$Shape} ObjectMeta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ObjectMeta & troupe.v1.ObjectMeta.$Shape;
        }

        namespace ObjectMeta {

            /** Properties of an ObjectMeta. */
            interface $Properties {

                /** ObjectMeta name */
                name?: string;

                /** ObjectMeta generateName */
                generateName?: string;

                /** ObjectMeta namespace */
                namespace?: string;

                /** ObjectMeta uid */
                uid?: string;

                /** ObjectMeta resourceVersion */
                resourceVersion?: string;

                /** ObjectMeta generation */
                generation?: number;

                /** ObjectMeta creationTimestamp */
                creationTimestamp?: string;

                /** ObjectMeta deletionTimestamp */
                deletionTimestamp?: string;

                /** ObjectMeta deletionGracePeriodSeconds */
                deletionGracePeriodSeconds?: (number|null);

                /** ObjectMeta labels */
                labels?: { [k: string]: string };

                /** ObjectMeta annotations */
                annotations?: { [k: string]: string };

                /** ObjectMeta ownerReferences */
                ownerReferences?: troupe.v1.OwnerReference.$Properties[];

                /** ObjectMeta finalizers */
                finalizers?: string[];

                /** ObjectMeta managedFields */
                managedFields?: troupe.v1.ManagedFieldsEntry.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ObjectMeta. */
            type $Shape = troupe.v1.ObjectMeta.$Properties;
        }

        /**
         * Properties of a ManagedFieldsEntry.
         * @deprecated Use troupe.v1.ManagedFieldsEntry.$Properties instead.
         */
        interface IManagedFieldsEntry extends troupe.v1.ManagedFieldsEntry.$Properties {
        }

        /** Represents a ManagedFieldsEntry. */
        class ManagedFieldsEntry {

            /**
             * Constructs a new ManagedFieldsEntry.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ManagedFieldsEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ManagedFieldsEntry manager. */
            manager: string;

            /** ManagedFieldsEntry operation. */
            operation: string;

            /** ManagedFieldsEntry apiVersion. */
            apiVersion: string;

            /** ManagedFieldsEntry time. */
            time: string;

            /** ManagedFieldsEntry fieldsType. */
            fieldsType: string;

            /** ManagedFieldsEntry fieldsV1. */
            fieldsV1: troupe.v1.FieldsV1;

            /** ManagedFieldsEntry subresource. */
            subresource: string;

            /**
             * Creates a new ManagedFieldsEntry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ManagedFieldsEntry instance
             */
            static create(properties: troupe.v1.ManagedFieldsEntry.$Shape): troupe.v1.ManagedFieldsEntry & troupe.v1.ManagedFieldsEntry.$Shape;
            static create(properties?: troupe.v1.ManagedFieldsEntry.$Properties): troupe.v1.ManagedFieldsEntry;

            /**
             * Encodes the specified ManagedFieldsEntry message. Does not implicitly {@link troupe.v1.ManagedFieldsEntry.verify|verify} messages.
             * @param m ManagedFieldsEntry message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ManagedFieldsEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ManagedFieldsEntry message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ManagedFieldsEntry & troupe.v1.ManagedFieldsEntry.$Shape} ManagedFieldsEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ManagedFieldsEntry & troupe.v1.ManagedFieldsEntry.$Shape;
        }

        namespace ManagedFieldsEntry {

            /** Properties of a ManagedFieldsEntry. */
            interface $Properties {

                /** ManagedFieldsEntry manager */
                manager?: string;

                /** ManagedFieldsEntry operation */
                operation?: string;

                /** ManagedFieldsEntry apiVersion */
                apiVersion?: string;

                /** ManagedFieldsEntry time */
                time?: string;

                /** ManagedFieldsEntry fieldsType */
                fieldsType?: string;

                /** ManagedFieldsEntry fieldsV1 */
                fieldsV1?: troupe.v1.FieldsV1.$Properties;

                /** ManagedFieldsEntry subresource */
                subresource?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ManagedFieldsEntry. */
            type $Shape = troupe.v1.ManagedFieldsEntry.$Properties;
        }

        /**
         * Properties of a FieldsV1.
         * @deprecated Use troupe.v1.FieldsV1.$Properties instead.
         */
        interface IFieldsV1 extends troupe.v1.FieldsV1.$Properties {
        }

        /** Represents a FieldsV1. */
        class FieldsV1 {

            /**
             * Constructs a new FieldsV1.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.FieldsV1.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FieldsV1 raw. */
            raw: string;

            /**
             * Creates a new FieldsV1 instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FieldsV1 instance
             */
            static create(properties: troupe.v1.FieldsV1.$Shape): troupe.v1.FieldsV1 & troupe.v1.FieldsV1.$Shape;
            static create(properties?: troupe.v1.FieldsV1.$Properties): troupe.v1.FieldsV1;

            /**
             * Encodes the specified FieldsV1 message. Does not implicitly {@link troupe.v1.FieldsV1.verify|verify} messages.
             * @param m FieldsV1 message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.FieldsV1.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FieldsV1 message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.FieldsV1 & troupe.v1.FieldsV1.$Shape} FieldsV1
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.FieldsV1 & troupe.v1.FieldsV1.$Shape;
        }

        namespace FieldsV1 {

            /** Properties of a FieldsV1. */
            interface $Properties {

                /** FieldsV1 raw */
                raw?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FieldsV1. */
            type $Shape = troupe.v1.FieldsV1.$Properties;
        }

        /**
         * Properties of a ListMeta.
         * @deprecated Use troupe.v1.ListMeta.$Properties instead.
         */
        interface IListMeta extends troupe.v1.ListMeta.$Properties {
        }

        /** Represents a ListMeta. */
        class ListMeta {

            /**
             * Constructs a new ListMeta.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ListMeta.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListMeta resourceVersion. */
            resourceVersion: string;

            /** ListMeta continue. */
            continue: string;

            /** ListMeta remainingItemCount. */
            remainingItemCount: (number|null);

            /**
             * Creates a new ListMeta instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListMeta instance
             */
            static create(properties: troupe.v1.ListMeta.$Shape): troupe.v1.ListMeta & troupe.v1.ListMeta.$Shape;
            static create(properties?: troupe.v1.ListMeta.$Properties): troupe.v1.ListMeta;

            /**
             * Encodes the specified ListMeta message. Does not implicitly {@link troupe.v1.ListMeta.verify|verify} messages.
             * @param m ListMeta message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ListMeta.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListMeta message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ListMeta & troupe.v1.ListMeta.$Shape} ListMeta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ListMeta & troupe.v1.ListMeta.$Shape;
        }

        namespace ListMeta {

            /** Properties of a ListMeta. */
            interface $Properties {

                /** ListMeta resourceVersion */
                resourceVersion?: string;

                /** ListMeta continue */
                "continue"?: string;

                /** ListMeta remainingItemCount */
                remainingItemCount?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListMeta. */
            type $Shape = troupe.v1.ListMeta.$Properties;
        }

        /**
         * Properties of a LabelSelectorRequirement.
         * @deprecated Use troupe.v1.LabelSelectorRequirement.$Properties instead.
         */
        interface ILabelSelectorRequirement extends troupe.v1.LabelSelectorRequirement.$Properties {
        }

        /** Represents a LabelSelectorRequirement. */
        class LabelSelectorRequirement {

            /**
             * Constructs a new LabelSelectorRequirement.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.LabelSelectorRequirement.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LabelSelectorRequirement key. */
            key: string;

            /** LabelSelectorRequirement operator. */
            operator: string;

            /** LabelSelectorRequirement values. */
            values: string[];

            /**
             * Creates a new LabelSelectorRequirement instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LabelSelectorRequirement instance
             */
            static create(properties: troupe.v1.LabelSelectorRequirement.$Shape): troupe.v1.LabelSelectorRequirement & troupe.v1.LabelSelectorRequirement.$Shape;
            static create(properties?: troupe.v1.LabelSelectorRequirement.$Properties): troupe.v1.LabelSelectorRequirement;

            /**
             * Encodes the specified LabelSelectorRequirement message. Does not implicitly {@link troupe.v1.LabelSelectorRequirement.verify|verify} messages.
             * @param m LabelSelectorRequirement message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.LabelSelectorRequirement.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LabelSelectorRequirement message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.LabelSelectorRequirement & troupe.v1.LabelSelectorRequirement.$Shape} LabelSelectorRequirement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.LabelSelectorRequirement & troupe.v1.LabelSelectorRequirement.$Shape;
        }

        namespace LabelSelectorRequirement {

            /** Properties of a LabelSelectorRequirement. */
            interface $Properties {

                /** LabelSelectorRequirement key */
                key?: string;

                /** LabelSelectorRequirement operator */
                operator?: string;

                /** LabelSelectorRequirement values */
                values?: string[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LabelSelectorRequirement. */
            type $Shape = troupe.v1.LabelSelectorRequirement.$Properties;
        }

        /**
         * Properties of a LabelSelector.
         * @deprecated Use troupe.v1.LabelSelector.$Properties instead.
         */
        interface ILabelSelector extends troupe.v1.LabelSelector.$Properties {
        }

        /** Represents a LabelSelector. */
        class LabelSelector {

            /**
             * Constructs a new LabelSelector.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.LabelSelector.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LabelSelector matchLabels. */
            matchLabels: { [k: string]: string };

            /** LabelSelector matchExpressions. */
            matchExpressions: troupe.v1.LabelSelectorRequirement[];

            /**
             * Creates a new LabelSelector instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LabelSelector instance
             */
            static create(properties: troupe.v1.LabelSelector.$Shape): troupe.v1.LabelSelector & troupe.v1.LabelSelector.$Shape;
            static create(properties?: troupe.v1.LabelSelector.$Properties): troupe.v1.LabelSelector;

            /**
             * Encodes the specified LabelSelector message. Does not implicitly {@link troupe.v1.LabelSelector.verify|verify} messages.
             * @param m LabelSelector message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.LabelSelector.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LabelSelector message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.LabelSelector & troupe.v1.LabelSelector.$Shape} LabelSelector
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.LabelSelector & troupe.v1.LabelSelector.$Shape;
        }

        namespace LabelSelector {

            /** Properties of a LabelSelector. */
            interface $Properties {

                /** LabelSelector matchLabels */
                matchLabels?: { [k: string]: string };

                /** LabelSelector matchExpressions */
                matchExpressions?: troupe.v1.LabelSelectorRequirement.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LabelSelector. */
            type $Shape = troupe.v1.LabelSelector.$Properties;
        }

        /**
         * Properties of a Condition.
         * @deprecated Use troupe.v1.Condition.$Properties instead.
         */
        interface ICondition extends troupe.v1.Condition.$Properties {
        }

        /** Represents a Condition. */
        class Condition {

            /**
             * Constructs a new Condition.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.Condition.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Condition type. */
            type: string;

            /** Condition status. */
            status: string;

            /** Condition observedGeneration. */
            observedGeneration: (number|null);

            /** Condition lastTransitionTime. */
            lastTransitionTime: string;

            /** Condition lastUpdateTime. */
            lastUpdateTime: string;

            /** Condition lastProbeTime. */
            lastProbeTime: string;

            /** Condition lastHeartbeatTime. */
            lastHeartbeatTime: string;

            /** Condition reason. */
            reason: string;

            /** Condition message. */
            message: string;

            /**
             * Creates a new Condition instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Condition instance
             */
            static create(properties: troupe.v1.Condition.$Shape): troupe.v1.Condition & troupe.v1.Condition.$Shape;
            static create(properties?: troupe.v1.Condition.$Properties): troupe.v1.Condition;

            /**
             * Encodes the specified Condition message. Does not implicitly {@link troupe.v1.Condition.verify|verify} messages.
             * @param m Condition message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.Condition.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Condition message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.Condition & troupe.v1.Condition.$Shape} Condition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.Condition & troupe.v1.Condition.$Shape;
        }

        namespace Condition {

            /** Properties of a Condition. */
            interface $Properties {

                /** Condition type */
                type?: string;

                /** Condition status */
                status?: string;

                /** Condition observedGeneration */
                observedGeneration?: (number|null);

                /** Condition lastTransitionTime */
                lastTransitionTime?: string;

                /** Condition lastUpdateTime */
                lastUpdateTime?: string;

                /** Condition lastProbeTime */
                lastProbeTime?: string;

                /** Condition lastHeartbeatTime */
                lastHeartbeatTime?: string;

                /** Condition reason */
                reason?: string;

                /** Condition message */
                message?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Condition. */
            type $Shape = troupe.v1.Condition.$Properties;
        }

        /**
         * Properties of an IntOrString.
         * @deprecated Use troupe.v1.IntOrString.$Properties instead.
         */
        interface IIntOrString extends troupe.v1.IntOrString.$Properties {
        }

        /** Represents an IntOrString. */
        class IntOrString {

            /**
             * Constructs a new IntOrString.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.IntOrString.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IntOrString intVal. */
            intVal: (number|null);

            /** IntOrString strVal. */
            strVal: (string|null);

            /**
             * Creates a new IntOrString instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IntOrString instance
             */
            static create(properties: troupe.v1.IntOrString.$Shape): troupe.v1.IntOrString & troupe.v1.IntOrString.$Shape;
            static create(properties?: troupe.v1.IntOrString.$Properties): troupe.v1.IntOrString;

            /**
             * Encodes the specified IntOrString message. Does not implicitly {@link troupe.v1.IntOrString.verify|verify} messages.
             * @param m IntOrString message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.IntOrString.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IntOrString message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.IntOrString & troupe.v1.IntOrString.$Shape} IntOrString
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.IntOrString & troupe.v1.IntOrString.$Shape;
        }

        namespace IntOrString {

            /** Properties of an IntOrString. */
            interface $Properties {

                /** IntOrString intVal */
                intVal?: (number|null);

                /** IntOrString strVal */
                strVal?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IntOrString. */
            type $Shape = troupe.v1.IntOrString.$Properties;
        }

        /**
         * Properties of an ObjectReference.
         * @deprecated Use troupe.v1.ObjectReference.$Properties instead.
         */
        interface IObjectReference extends troupe.v1.ObjectReference.$Properties {
        }

        /** Represents an ObjectReference. */
        class ObjectReference {

            /**
             * Constructs a new ObjectReference.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ObjectReference.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ObjectReference kind. */
            kind: string;

            /** ObjectReference namespace. */
            namespace: string;

            /** ObjectReference name. */
            name: string;

            /** ObjectReference uid. */
            uid: string;

            /** ObjectReference apiVersion. */
            apiVersion: string;

            /** ObjectReference resourceVersion. */
            resourceVersion: string;

            /** ObjectReference fieldPath. */
            fieldPath: string;

            /**
             * Creates a new ObjectReference instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ObjectReference instance
             */
            static create(properties: troupe.v1.ObjectReference.$Shape): troupe.v1.ObjectReference & troupe.v1.ObjectReference.$Shape;
            static create(properties?: troupe.v1.ObjectReference.$Properties): troupe.v1.ObjectReference;

            /**
             * Encodes the specified ObjectReference message. Does not implicitly {@link troupe.v1.ObjectReference.verify|verify} messages.
             * @param m ObjectReference message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ObjectReference.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ObjectReference message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ObjectReference & troupe.v1.ObjectReference.$Shape} ObjectReference
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ObjectReference & troupe.v1.ObjectReference.$Shape;
        }

        namespace ObjectReference {

            /** Properties of an ObjectReference. */
            interface $Properties {

                /** ObjectReference kind */
                kind?: string;

                /** ObjectReference namespace */
                namespace?: string;

                /** ObjectReference name */
                name?: string;

                /** ObjectReference uid */
                uid?: string;

                /** ObjectReference apiVersion */
                apiVersion?: string;

                /** ObjectReference resourceVersion */
                resourceVersion?: string;

                /** ObjectReference fieldPath */
                fieldPath?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ObjectReference. */
            type $Shape = troupe.v1.ObjectReference.$Properties;
        }

        /**
         * Properties of a LocalObjectReference.
         * @deprecated Use troupe.v1.LocalObjectReference.$Properties instead.
         */
        interface ILocalObjectReference extends troupe.v1.LocalObjectReference.$Properties {
        }

        /** Represents a LocalObjectReference. */
        class LocalObjectReference {

            /**
             * Constructs a new LocalObjectReference.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.LocalObjectReference.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LocalObjectReference name. */
            name: string;

            /**
             * Creates a new LocalObjectReference instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LocalObjectReference instance
             */
            static create(properties: troupe.v1.LocalObjectReference.$Shape): troupe.v1.LocalObjectReference & troupe.v1.LocalObjectReference.$Shape;
            static create(properties?: troupe.v1.LocalObjectReference.$Properties): troupe.v1.LocalObjectReference;

            /**
             * Encodes the specified LocalObjectReference message. Does not implicitly {@link troupe.v1.LocalObjectReference.verify|verify} messages.
             * @param m LocalObjectReference message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.LocalObjectReference.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LocalObjectReference message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.LocalObjectReference & troupe.v1.LocalObjectReference.$Shape} LocalObjectReference
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.LocalObjectReference & troupe.v1.LocalObjectReference.$Shape;
        }

        namespace LocalObjectReference {

            /** Properties of a LocalObjectReference. */
            interface $Properties {

                /** LocalObjectReference name */
                name?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LocalObjectReference. */
            type $Shape = troupe.v1.LocalObjectReference.$Properties;
        }

        /**
         * Properties of a ReplicaSetSpec.
         * @deprecated Use troupe.v1.ReplicaSetSpec.$Properties instead.
         */
        interface IReplicaSetSpec extends troupe.v1.ReplicaSetSpec.$Properties {
        }

        /** Represents a ReplicaSetSpec. */
        class ReplicaSetSpec {

            /**
             * Constructs a new ReplicaSetSpec.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ReplicaSetSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReplicaSetSpec replicas. */
            replicas: (number|null);

            /** ReplicaSetSpec minReadySeconds. */
            minReadySeconds: number;

            /** ReplicaSetSpec selector. */
            selector: troupe.v1.LabelSelector;

            /** ReplicaSetSpec template. */
            template: troupe.v1.PodTemplateSpec;

            /**
             * Creates a new ReplicaSetSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReplicaSetSpec instance
             */
            static create(properties: troupe.v1.ReplicaSetSpec.$Shape): troupe.v1.ReplicaSetSpec & troupe.v1.ReplicaSetSpec.$Shape;
            static create(properties?: troupe.v1.ReplicaSetSpec.$Properties): troupe.v1.ReplicaSetSpec;

            /**
             * Encodes the specified ReplicaSetSpec message. Does not implicitly {@link troupe.v1.ReplicaSetSpec.verify|verify} messages.
             * @param m ReplicaSetSpec message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ReplicaSetSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReplicaSetSpec message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ReplicaSetSpec & troupe.v1.ReplicaSetSpec.$Shape} ReplicaSetSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ReplicaSetSpec & troupe.v1.ReplicaSetSpec.$Shape;
        }

        namespace ReplicaSetSpec {

            /** Properties of a ReplicaSetSpec. */
            interface $Properties {

                /** ReplicaSetSpec replicas */
                replicas?: (number|null);

                /** ReplicaSetSpec minReadySeconds */
                minReadySeconds?: number;

                /** ReplicaSetSpec selector */
                selector?: troupe.v1.LabelSelector.$Properties;

                /** ReplicaSetSpec template */
                template?: troupe.v1.PodTemplateSpec.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReplicaSetSpec. */
            type $Shape = troupe.v1.ReplicaSetSpec.$Properties;
        }

        /**
         * Properties of a ReplicaSetStatus.
         * @deprecated Use troupe.v1.ReplicaSetStatus.$Properties instead.
         */
        interface IReplicaSetStatus extends troupe.v1.ReplicaSetStatus.$Properties {
        }

        /** Represents a ReplicaSetStatus. */
        class ReplicaSetStatus {

            /**
             * Constructs a new ReplicaSetStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ReplicaSetStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReplicaSetStatus replicas. */
            replicas: number;

            /** ReplicaSetStatus fullyLabeledReplicas. */
            fullyLabeledReplicas: number;

            /** ReplicaSetStatus readyReplicas. */
            readyReplicas: number;

            /** ReplicaSetStatus availableReplicas. */
            availableReplicas: number;

            /** ReplicaSetStatus observedGeneration. */
            observedGeneration: number;

            /** ReplicaSetStatus conditions. */
            conditions: troupe.v1.Condition[];

            /**
             * Creates a new ReplicaSetStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReplicaSetStatus instance
             */
            static create(properties: troupe.v1.ReplicaSetStatus.$Shape): troupe.v1.ReplicaSetStatus & troupe.v1.ReplicaSetStatus.$Shape;
            static create(properties?: troupe.v1.ReplicaSetStatus.$Properties): troupe.v1.ReplicaSetStatus;

            /**
             * Encodes the specified ReplicaSetStatus message. Does not implicitly {@link troupe.v1.ReplicaSetStatus.verify|verify} messages.
             * @param m ReplicaSetStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ReplicaSetStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReplicaSetStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ReplicaSetStatus & troupe.v1.ReplicaSetStatus.$Shape} ReplicaSetStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ReplicaSetStatus & troupe.v1.ReplicaSetStatus.$Shape;
        }

        namespace ReplicaSetStatus {

            /** Properties of a ReplicaSetStatus. */
            interface $Properties {

                /** ReplicaSetStatus replicas */
                replicas?: number;

                /** ReplicaSetStatus fullyLabeledReplicas */
                fullyLabeledReplicas?: number;

                /** ReplicaSetStatus readyReplicas */
                readyReplicas?: number;

                /** ReplicaSetStatus availableReplicas */
                availableReplicas?: number;

                /** ReplicaSetStatus observedGeneration */
                observedGeneration?: number;

                /** ReplicaSetStatus conditions */
                conditions?: troupe.v1.Condition.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReplicaSetStatus. */
            type $Shape = troupe.v1.ReplicaSetStatus.$Properties;
        }

        /**
         * Properties of a ReplicaSet.
         * @deprecated Use troupe.v1.ReplicaSet.$Properties instead.
         */
        interface IReplicaSet extends troupe.v1.ReplicaSet.$Properties {
        }

        /** Represents a ReplicaSet. */
        class ReplicaSet {

            /**
             * Constructs a new ReplicaSet.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ReplicaSet.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReplicaSet apiVersion. */
            apiVersion: string;

            /** ReplicaSet kind. */
            kind: string;

            /** ReplicaSet metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** ReplicaSet spec. */
            spec: troupe.v1.ReplicaSetSpec;

            /** ReplicaSet status. */
            status: troupe.v1.ReplicaSetStatus;

            /**
             * Creates a new ReplicaSet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReplicaSet instance
             */
            static create(properties: troupe.v1.ReplicaSet.$Shape): troupe.v1.ReplicaSet & troupe.v1.ReplicaSet.$Shape;
            static create(properties?: troupe.v1.ReplicaSet.$Properties): troupe.v1.ReplicaSet;

            /**
             * Encodes the specified ReplicaSet message. Does not implicitly {@link troupe.v1.ReplicaSet.verify|verify} messages.
             * @param m ReplicaSet message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ReplicaSet.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReplicaSet message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ReplicaSet & troupe.v1.ReplicaSet.$Shape} ReplicaSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ReplicaSet & troupe.v1.ReplicaSet.$Shape;
        }

        namespace ReplicaSet {

            /** Properties of a ReplicaSet. */
            interface $Properties {

                /** ReplicaSet apiVersion */
                apiVersion?: string;

                /** ReplicaSet kind */
                kind?: string;

                /** ReplicaSet metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** ReplicaSet spec */
                spec?: troupe.v1.ReplicaSetSpec.$Properties;

                /** ReplicaSet status */
                status?: troupe.v1.ReplicaSetStatus.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReplicaSet. */
            type $Shape = troupe.v1.ReplicaSet.$Properties;
        }

        /**
         * Properties of a RollingUpdateDeployment.
         * @deprecated Use troupe.v1.RollingUpdateDeployment.$Properties instead.
         */
        interface IRollingUpdateDeployment extends troupe.v1.RollingUpdateDeployment.$Properties {
        }

        /** Represents a RollingUpdateDeployment. */
        class RollingUpdateDeployment {

            /**
             * Constructs a new RollingUpdateDeployment.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.RollingUpdateDeployment.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RollingUpdateDeployment maxUnavailable. */
            maxUnavailable: troupe.v1.IntOrString;

            /** RollingUpdateDeployment maxSurge. */
            maxSurge: troupe.v1.IntOrString;

            /**
             * Creates a new RollingUpdateDeployment instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RollingUpdateDeployment instance
             */
            static create(properties: troupe.v1.RollingUpdateDeployment.$Shape): troupe.v1.RollingUpdateDeployment & troupe.v1.RollingUpdateDeployment.$Shape;
            static create(properties?: troupe.v1.RollingUpdateDeployment.$Properties): troupe.v1.RollingUpdateDeployment;

            /**
             * Encodes the specified RollingUpdateDeployment message. Does not implicitly {@link troupe.v1.RollingUpdateDeployment.verify|verify} messages.
             * @param m RollingUpdateDeployment message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.RollingUpdateDeployment.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RollingUpdateDeployment message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.RollingUpdateDeployment & troupe.v1.RollingUpdateDeployment.$Shape} RollingUpdateDeployment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.RollingUpdateDeployment & troupe.v1.RollingUpdateDeployment.$Shape;
        }

        namespace RollingUpdateDeployment {

            /** Properties of a RollingUpdateDeployment. */
            interface $Properties {

                /** RollingUpdateDeployment maxUnavailable */
                maxUnavailable?: troupe.v1.IntOrString.$Properties;

                /** RollingUpdateDeployment maxSurge */
                maxSurge?: troupe.v1.IntOrString.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RollingUpdateDeployment. */
            type $Shape = troupe.v1.RollingUpdateDeployment.$Properties;
        }

        /**
         * Properties of a DeploymentStrategy.
         * @deprecated Use troupe.v1.DeploymentStrategy.$Properties instead.
         */
        interface IDeploymentStrategy extends troupe.v1.DeploymentStrategy.$Properties {
        }

        /** Represents a DeploymentStrategy. */
        class DeploymentStrategy {

            /**
             * Constructs a new DeploymentStrategy.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.DeploymentStrategy.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeploymentStrategy type. */
            type: string;

            /** DeploymentStrategy rollingUpdate. */
            rollingUpdate: troupe.v1.RollingUpdateDeployment;

            /**
             * Creates a new DeploymentStrategy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeploymentStrategy instance
             */
            static create(properties: troupe.v1.DeploymentStrategy.$Shape): troupe.v1.DeploymentStrategy & troupe.v1.DeploymentStrategy.$Shape;
            static create(properties?: troupe.v1.DeploymentStrategy.$Properties): troupe.v1.DeploymentStrategy;

            /**
             * Encodes the specified DeploymentStrategy message. Does not implicitly {@link troupe.v1.DeploymentStrategy.verify|verify} messages.
             * @param m DeploymentStrategy message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.DeploymentStrategy.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeploymentStrategy message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.DeploymentStrategy & troupe.v1.DeploymentStrategy.$Shape} DeploymentStrategy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.DeploymentStrategy & troupe.v1.DeploymentStrategy.$Shape;
        }

        namespace DeploymentStrategy {

            /** Properties of a DeploymentStrategy. */
            interface $Properties {

                /** DeploymentStrategy type */
                type?: string;

                /** DeploymentStrategy rollingUpdate */
                rollingUpdate?: troupe.v1.RollingUpdateDeployment.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeploymentStrategy. */
            type $Shape = troupe.v1.DeploymentStrategy.$Properties;
        }

        /**
         * Properties of a DeploymentSpec.
         * @deprecated Use troupe.v1.DeploymentSpec.$Properties instead.
         */
        interface IDeploymentSpec extends troupe.v1.DeploymentSpec.$Properties {
        }

        /** Represents a DeploymentSpec. */
        class DeploymentSpec {

            /**
             * Constructs a new DeploymentSpec.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.DeploymentSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeploymentSpec replicas. */
            replicas: (number|null);

            /** DeploymentSpec selector. */
            selector: troupe.v1.LabelSelector;

            /** DeploymentSpec template. */
            template: troupe.v1.PodTemplateSpec;

            /** DeploymentSpec strategy. */
            strategy: troupe.v1.DeploymentStrategy;

            /** DeploymentSpec minReadySeconds. */
            minReadySeconds: number;

            /** DeploymentSpec revisionHistoryLimit. */
            revisionHistoryLimit: (number|null);

            /** DeploymentSpec paused. */
            paused: (boolean|null);

            /** DeploymentSpec progressDeadlineSeconds. */
            progressDeadlineSeconds: (number|null);

            /**
             * Creates a new DeploymentSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeploymentSpec instance
             */
            static create(properties: troupe.v1.DeploymentSpec.$Shape): troupe.v1.DeploymentSpec & troupe.v1.DeploymentSpec.$Shape;
            static create(properties?: troupe.v1.DeploymentSpec.$Properties): troupe.v1.DeploymentSpec;

            /**
             * Encodes the specified DeploymentSpec message. Does not implicitly {@link troupe.v1.DeploymentSpec.verify|verify} messages.
             * @param m DeploymentSpec message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.DeploymentSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeploymentSpec message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.DeploymentSpec & troupe.v1.DeploymentSpec.$Shape} DeploymentSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.DeploymentSpec & troupe.v1.DeploymentSpec.$Shape;
        }

        namespace DeploymentSpec {

            /** Properties of a DeploymentSpec. */
            interface $Properties {

                /** DeploymentSpec replicas */
                replicas?: (number|null);

                /** DeploymentSpec selector */
                selector?: troupe.v1.LabelSelector.$Properties;

                /** DeploymentSpec template */
                template?: troupe.v1.PodTemplateSpec.$Properties;

                /** DeploymentSpec strategy */
                strategy?: troupe.v1.DeploymentStrategy.$Properties;

                /** DeploymentSpec minReadySeconds */
                minReadySeconds?: number;

                /** DeploymentSpec revisionHistoryLimit */
                revisionHistoryLimit?: (number|null);

                /** DeploymentSpec paused */
                paused?: (boolean|null);

                /** DeploymentSpec progressDeadlineSeconds */
                progressDeadlineSeconds?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeploymentSpec. */
            type $Shape = troupe.v1.DeploymentSpec.$Properties;
        }

        /**
         * Properties of a DeploymentStatus.
         * @deprecated Use troupe.v1.DeploymentStatus.$Properties instead.
         */
        interface IDeploymentStatus extends troupe.v1.DeploymentStatus.$Properties {
        }

        /** Represents a DeploymentStatus. */
        class DeploymentStatus {

            /**
             * Constructs a new DeploymentStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.DeploymentStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeploymentStatus observedGeneration. */
            observedGeneration: number;

            /** DeploymentStatus replicas. */
            replicas: number;

            /** DeploymentStatus updatedReplicas. */
            updatedReplicas: number;

            /** DeploymentStatus readyReplicas. */
            readyReplicas: number;

            /** DeploymentStatus availableReplicas. */
            availableReplicas: number;

            /** DeploymentStatus unavailableReplicas. */
            unavailableReplicas: number;

            /** DeploymentStatus conditions. */
            conditions: troupe.v1.Condition[];

            /** DeploymentStatus collisionCount. */
            collisionCount: (number|null);

            /**
             * Creates a new DeploymentStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeploymentStatus instance
             */
            static create(properties: troupe.v1.DeploymentStatus.$Shape): troupe.v1.DeploymentStatus & troupe.v1.DeploymentStatus.$Shape;
            static create(properties?: troupe.v1.DeploymentStatus.$Properties): troupe.v1.DeploymentStatus;

            /**
             * Encodes the specified DeploymentStatus message. Does not implicitly {@link troupe.v1.DeploymentStatus.verify|verify} messages.
             * @param m DeploymentStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.DeploymentStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeploymentStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.DeploymentStatus & troupe.v1.DeploymentStatus.$Shape} DeploymentStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.DeploymentStatus & troupe.v1.DeploymentStatus.$Shape;
        }

        namespace DeploymentStatus {

            /** Properties of a DeploymentStatus. */
            interface $Properties {

                /** DeploymentStatus observedGeneration */
                observedGeneration?: number;

                /** DeploymentStatus replicas */
                replicas?: number;

                /** DeploymentStatus updatedReplicas */
                updatedReplicas?: number;

                /** DeploymentStatus readyReplicas */
                readyReplicas?: number;

                /** DeploymentStatus availableReplicas */
                availableReplicas?: number;

                /** DeploymentStatus unavailableReplicas */
                unavailableReplicas?: number;

                /** DeploymentStatus conditions */
                conditions?: troupe.v1.Condition.$Properties[];

                /** DeploymentStatus collisionCount */
                collisionCount?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeploymentStatus. */
            type $Shape = troupe.v1.DeploymentStatus.$Properties;
        }

        /**
         * Properties of a Deployment.
         * @deprecated Use troupe.v1.Deployment.$Properties instead.
         */
        interface IDeployment extends troupe.v1.Deployment.$Properties {
        }

        /** Represents a Deployment. */
        class Deployment {

            /**
             * Constructs a new Deployment.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.Deployment.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Deployment apiVersion. */
            apiVersion: string;

            /** Deployment kind. */
            kind: string;

            /** Deployment metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** Deployment spec. */
            spec: troupe.v1.DeploymentSpec;

            /** Deployment status. */
            status: troupe.v1.DeploymentStatus;

            /**
             * Creates a new Deployment instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Deployment instance
             */
            static create(properties: troupe.v1.Deployment.$Shape): troupe.v1.Deployment & troupe.v1.Deployment.$Shape;
            static create(properties?: troupe.v1.Deployment.$Properties): troupe.v1.Deployment;

            /**
             * Encodes the specified Deployment message. Does not implicitly {@link troupe.v1.Deployment.verify|verify} messages.
             * @param m Deployment message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.Deployment.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Deployment message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.Deployment & troupe.v1.Deployment.$Shape} Deployment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.Deployment & troupe.v1.Deployment.$Shape;
        }

        namespace Deployment {

            /** Properties of a Deployment. */
            interface $Properties {

                /** Deployment apiVersion */
                apiVersion?: string;

                /** Deployment kind */
                kind?: string;

                /** Deployment metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** Deployment spec */
                spec?: troupe.v1.DeploymentSpec.$Properties;

                /** Deployment status */
                status?: troupe.v1.DeploymentStatus.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Deployment. */
            type $Shape = troupe.v1.Deployment.$Properties;
        }

        /**
         * Properties of a RollingUpdateStatefulSetStrategy.
         * @deprecated Use troupe.v1.RollingUpdateStatefulSetStrategy.$Properties instead.
         */
        interface IRollingUpdateStatefulSetStrategy extends troupe.v1.RollingUpdateStatefulSetStrategy.$Properties {
        }

        /** Represents a RollingUpdateStatefulSetStrategy. */
        class RollingUpdateStatefulSetStrategy {

            /**
             * Constructs a new RollingUpdateStatefulSetStrategy.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.RollingUpdateStatefulSetStrategy.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RollingUpdateStatefulSetStrategy partition. */
            partition: (number|null);

            /** RollingUpdateStatefulSetStrategy maxUnavailable. */
            maxUnavailable: troupe.v1.IntOrString;

            /**
             * Creates a new RollingUpdateStatefulSetStrategy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RollingUpdateStatefulSetStrategy instance
             */
            static create(properties: troupe.v1.RollingUpdateStatefulSetStrategy.$Shape): troupe.v1.RollingUpdateStatefulSetStrategy & troupe.v1.RollingUpdateStatefulSetStrategy.$Shape;
            static create(properties?: troupe.v1.RollingUpdateStatefulSetStrategy.$Properties): troupe.v1.RollingUpdateStatefulSetStrategy;

            /**
             * Encodes the specified RollingUpdateStatefulSetStrategy message. Does not implicitly {@link troupe.v1.RollingUpdateStatefulSetStrategy.verify|verify} messages.
             * @param m RollingUpdateStatefulSetStrategy message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.RollingUpdateStatefulSetStrategy.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RollingUpdateStatefulSetStrategy message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.RollingUpdateStatefulSetStrategy & troupe.v1.RollingUpdateStatefulSetStrategy.$Shape} RollingUpdateStatefulSetStrategy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.RollingUpdateStatefulSetStrategy & troupe.v1.RollingUpdateStatefulSetStrategy.$Shape;
        }

        namespace RollingUpdateStatefulSetStrategy {

            /** Properties of a RollingUpdateStatefulSetStrategy. */
            interface $Properties {

                /** RollingUpdateStatefulSetStrategy partition */
                partition?: (number|null);

                /** RollingUpdateStatefulSetStrategy maxUnavailable */
                maxUnavailable?: troupe.v1.IntOrString.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RollingUpdateStatefulSetStrategy. */
            type $Shape = troupe.v1.RollingUpdateStatefulSetStrategy.$Properties;
        }

        /**
         * Properties of a StatefulSetUpdateStrategy.
         * @deprecated Use troupe.v1.StatefulSetUpdateStrategy.$Properties instead.
         */
        interface IStatefulSetUpdateStrategy extends troupe.v1.StatefulSetUpdateStrategy.$Properties {
        }

        /** Represents a StatefulSetUpdateStrategy. */
        class StatefulSetUpdateStrategy {

            /**
             * Constructs a new StatefulSetUpdateStrategy.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.StatefulSetUpdateStrategy.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StatefulSetUpdateStrategy type. */
            type: string;

            /** StatefulSetUpdateStrategy rollingUpdate. */
            rollingUpdate: troupe.v1.RollingUpdateStatefulSetStrategy;

            /**
             * Creates a new StatefulSetUpdateStrategy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatefulSetUpdateStrategy instance
             */
            static create(properties: troupe.v1.StatefulSetUpdateStrategy.$Shape): troupe.v1.StatefulSetUpdateStrategy & troupe.v1.StatefulSetUpdateStrategy.$Shape;
            static create(properties?: troupe.v1.StatefulSetUpdateStrategy.$Properties): troupe.v1.StatefulSetUpdateStrategy;

            /**
             * Encodes the specified StatefulSetUpdateStrategy message. Does not implicitly {@link troupe.v1.StatefulSetUpdateStrategy.verify|verify} messages.
             * @param m StatefulSetUpdateStrategy message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.StatefulSetUpdateStrategy.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatefulSetUpdateStrategy message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.StatefulSetUpdateStrategy & troupe.v1.StatefulSetUpdateStrategy.$Shape} StatefulSetUpdateStrategy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.StatefulSetUpdateStrategy & troupe.v1.StatefulSetUpdateStrategy.$Shape;
        }

        namespace StatefulSetUpdateStrategy {

            /** Properties of a StatefulSetUpdateStrategy. */
            interface $Properties {

                /** StatefulSetUpdateStrategy type */
                type?: string;

                /** StatefulSetUpdateStrategy rollingUpdate */
                rollingUpdate?: troupe.v1.RollingUpdateStatefulSetStrategy.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatefulSetUpdateStrategy. */
            type $Shape = troupe.v1.StatefulSetUpdateStrategy.$Properties;
        }

        /**
         * Properties of a StatefulSetPersistentVolumeClaimRetentionPolicy.
         * @deprecated Use troupe.v1.StatefulSetPersistentVolumeClaimRetentionPolicy.$Properties instead.
         */
        interface IStatefulSetPersistentVolumeClaimRetentionPolicy extends troupe.v1.StatefulSetPersistentVolumeClaimRetentionPolicy.$Properties {
        }

        /** Represents a StatefulSetPersistentVolumeClaimRetentionPolicy. */
        class StatefulSetPersistentVolumeClaimRetentionPolicy {

            /**
             * Constructs a new StatefulSetPersistentVolumeClaimRetentionPolicy.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.StatefulSetPersistentVolumeClaimRetentionPolicy.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StatefulSetPersistentVolumeClaimRetentionPolicy whenDeleted. */
            whenDeleted: string;

            /** StatefulSetPersistentVolumeClaimRetentionPolicy whenScaled. */
            whenScaled: string;

            /**
             * Creates a new StatefulSetPersistentVolumeClaimRetentionPolicy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatefulSetPersistentVolumeClaimRetentionPolicy instance
             */
            static create(properties: troupe.v1.StatefulSetPersistentVolumeClaimRetentionPolicy.$Shape): troupe.v1.StatefulSetPersistentVolumeClaimRetentionPolicy & troupe.v1.StatefulSetPersistentVolumeClaimRetentionPolicy.$Shape;
            static create(properties?: troupe.v1.StatefulSetPersistentVolumeClaimRetentionPolicy.$Properties): troupe.v1.StatefulSetPersistentVolumeClaimRetentionPolicy;

            /**
             * Encodes the specified StatefulSetPersistentVolumeClaimRetentionPolicy message. Does not implicitly {@link troupe.v1.StatefulSetPersistentVolumeClaimRetentionPolicy.verify|verify} messages.
             * @param m StatefulSetPersistentVolumeClaimRetentionPolicy message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.StatefulSetPersistentVolumeClaimRetentionPolicy.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatefulSetPersistentVolumeClaimRetentionPolicy message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.StatefulSetPersistentVolumeClaimRetentionPolicy & troupe.v1.StatefulSetPersistentVolumeClaimRetentionPolicy.$Shape} StatefulSetPersistentVolumeClaimRetentionPolicy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.StatefulSetPersistentVolumeClaimRetentionPolicy & troupe.v1.StatefulSetPersistentVolumeClaimRetentionPolicy.$Shape;
        }

        namespace StatefulSetPersistentVolumeClaimRetentionPolicy {

            /** Properties of a StatefulSetPersistentVolumeClaimRetentionPolicy. */
            interface $Properties {

                /** StatefulSetPersistentVolumeClaimRetentionPolicy whenDeleted */
                whenDeleted?: string;

                /** StatefulSetPersistentVolumeClaimRetentionPolicy whenScaled */
                whenScaled?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatefulSetPersistentVolumeClaimRetentionPolicy. */
            type $Shape = troupe.v1.StatefulSetPersistentVolumeClaimRetentionPolicy.$Properties;
        }

        /**
         * Properties of a StatefulSetOrdinals.
         * @deprecated Use troupe.v1.StatefulSetOrdinals.$Properties instead.
         */
        interface IStatefulSetOrdinals extends troupe.v1.StatefulSetOrdinals.$Properties {
        }

        /** Represents a StatefulSetOrdinals. */
        class StatefulSetOrdinals {

            /**
             * Constructs a new StatefulSetOrdinals.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.StatefulSetOrdinals.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StatefulSetOrdinals start. */
            start: number;

            /**
             * Creates a new StatefulSetOrdinals instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatefulSetOrdinals instance
             */
            static create(properties: troupe.v1.StatefulSetOrdinals.$Shape): troupe.v1.StatefulSetOrdinals & troupe.v1.StatefulSetOrdinals.$Shape;
            static create(properties?: troupe.v1.StatefulSetOrdinals.$Properties): troupe.v1.StatefulSetOrdinals;

            /**
             * Encodes the specified StatefulSetOrdinals message. Does not implicitly {@link troupe.v1.StatefulSetOrdinals.verify|verify} messages.
             * @param m StatefulSetOrdinals message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.StatefulSetOrdinals.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatefulSetOrdinals message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.StatefulSetOrdinals & troupe.v1.StatefulSetOrdinals.$Shape} StatefulSetOrdinals
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.StatefulSetOrdinals & troupe.v1.StatefulSetOrdinals.$Shape;
        }

        namespace StatefulSetOrdinals {

            /** Properties of a StatefulSetOrdinals. */
            interface $Properties {

                /** StatefulSetOrdinals start */
                start?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatefulSetOrdinals. */
            type $Shape = troupe.v1.StatefulSetOrdinals.$Properties;
        }

        /**
         * Properties of a StatefulSetSpec.
         * @deprecated Use troupe.v1.StatefulSetSpec.$Properties instead.
         */
        interface IStatefulSetSpec extends troupe.v1.StatefulSetSpec.$Properties {
        }

        /** Represents a StatefulSetSpec. */
        class StatefulSetSpec {

            /**
             * Constructs a new StatefulSetSpec.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.StatefulSetSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StatefulSetSpec replicas. */
            replicas: (number|null);

            /** StatefulSetSpec selector. */
            selector: troupe.v1.LabelSelector;

            /** StatefulSetSpec template. */
            template: troupe.v1.PodTemplateSpec;

            /** StatefulSetSpec volumeClaimTemplates. */
            volumeClaimTemplates: troupe.v1.PersistentVolumeClaim[];

            /** StatefulSetSpec serviceName. */
            serviceName: string;

            /** StatefulSetSpec podManagementPolicy. */
            podManagementPolicy: string;

            /** StatefulSetSpec updateStrategy. */
            updateStrategy: troupe.v1.StatefulSetUpdateStrategy;

            /** StatefulSetSpec revisionHistoryLimit. */
            revisionHistoryLimit: (number|null);

            /** StatefulSetSpec minReadySeconds. */
            minReadySeconds: number;

            /** StatefulSetSpec persistentVolumeClaimRetentionPolicy. */
            persistentVolumeClaimRetentionPolicy: troupe.v1.StatefulSetPersistentVolumeClaimRetentionPolicy;

            /** StatefulSetSpec ordinals. */
            ordinals: troupe.v1.StatefulSetOrdinals;

            /**
             * Creates a new StatefulSetSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatefulSetSpec instance
             */
            static create(properties: troupe.v1.StatefulSetSpec.$Shape): troupe.v1.StatefulSetSpec & troupe.v1.StatefulSetSpec.$Shape;
            static create(properties?: troupe.v1.StatefulSetSpec.$Properties): troupe.v1.StatefulSetSpec;

            /**
             * Encodes the specified StatefulSetSpec message. Does not implicitly {@link troupe.v1.StatefulSetSpec.verify|verify} messages.
             * @param m StatefulSetSpec message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.StatefulSetSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatefulSetSpec message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.StatefulSetSpec & troupe.v1.StatefulSetSpec.$Shape} StatefulSetSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.StatefulSetSpec & troupe.v1.StatefulSetSpec.$Shape;
        }

        namespace StatefulSetSpec {

            /** Properties of a StatefulSetSpec. */
            interface $Properties {

                /** StatefulSetSpec replicas */
                replicas?: (number|null);

                /** StatefulSetSpec selector */
                selector?: troupe.v1.LabelSelector.$Properties;

                /** StatefulSetSpec template */
                template?: troupe.v1.PodTemplateSpec.$Properties;

                /** StatefulSetSpec volumeClaimTemplates */
                volumeClaimTemplates?: troupe.v1.PersistentVolumeClaim.$Properties[];

                /** StatefulSetSpec serviceName */
                serviceName?: string;

                /** StatefulSetSpec podManagementPolicy */
                podManagementPolicy?: string;

                /** StatefulSetSpec updateStrategy */
                updateStrategy?: troupe.v1.StatefulSetUpdateStrategy.$Properties;

                /** StatefulSetSpec revisionHistoryLimit */
                revisionHistoryLimit?: (number|null);

                /** StatefulSetSpec minReadySeconds */
                minReadySeconds?: number;

                /** StatefulSetSpec persistentVolumeClaimRetentionPolicy */
                persistentVolumeClaimRetentionPolicy?: troupe.v1.StatefulSetPersistentVolumeClaimRetentionPolicy.$Properties;

                /** StatefulSetSpec ordinals */
                ordinals?: troupe.v1.StatefulSetOrdinals.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatefulSetSpec. */
            type $Shape = troupe.v1.StatefulSetSpec.$Properties;
        }

        /**
         * Properties of a StatefulSetStatus.
         * @deprecated Use troupe.v1.StatefulSetStatus.$Properties instead.
         */
        interface IStatefulSetStatus extends troupe.v1.StatefulSetStatus.$Properties {
        }

        /** Represents a StatefulSetStatus. */
        class StatefulSetStatus {

            /**
             * Constructs a new StatefulSetStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.StatefulSetStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StatefulSetStatus observedGeneration. */
            observedGeneration: number;

            /** StatefulSetStatus replicas. */
            replicas: number;

            /** StatefulSetStatus readyReplicas. */
            readyReplicas: number;

            /** StatefulSetStatus currentReplicas. */
            currentReplicas: number;

            /** StatefulSetStatus updatedReplicas. */
            updatedReplicas: number;

            /** StatefulSetStatus currentRevision. */
            currentRevision: string;

            /** StatefulSetStatus updateRevision. */
            updateRevision: string;

            /** StatefulSetStatus collisionCount. */
            collisionCount: (number|null);

            /** StatefulSetStatus conditions. */
            conditions: troupe.v1.Condition[];

            /** StatefulSetStatus availableReplicas. */
            availableReplicas: number;

            /**
             * Creates a new StatefulSetStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatefulSetStatus instance
             */
            static create(properties: troupe.v1.StatefulSetStatus.$Shape): troupe.v1.StatefulSetStatus & troupe.v1.StatefulSetStatus.$Shape;
            static create(properties?: troupe.v1.StatefulSetStatus.$Properties): troupe.v1.StatefulSetStatus;

            /**
             * Encodes the specified StatefulSetStatus message. Does not implicitly {@link troupe.v1.StatefulSetStatus.verify|verify} messages.
             * @param m StatefulSetStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.StatefulSetStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatefulSetStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.StatefulSetStatus & troupe.v1.StatefulSetStatus.$Shape} StatefulSetStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.StatefulSetStatus & troupe.v1.StatefulSetStatus.$Shape;
        }

        namespace StatefulSetStatus {

            /** Properties of a StatefulSetStatus. */
            interface $Properties {

                /** StatefulSetStatus observedGeneration */
                observedGeneration?: number;

                /** StatefulSetStatus replicas */
                replicas?: number;

                /** StatefulSetStatus readyReplicas */
                readyReplicas?: number;

                /** StatefulSetStatus currentReplicas */
                currentReplicas?: number;

                /** StatefulSetStatus updatedReplicas */
                updatedReplicas?: number;

                /** StatefulSetStatus currentRevision */
                currentRevision?: string;

                /** StatefulSetStatus updateRevision */
                updateRevision?: string;

                /** StatefulSetStatus collisionCount */
                collisionCount?: (number|null);

                /** StatefulSetStatus conditions */
                conditions?: troupe.v1.Condition.$Properties[];

                /** StatefulSetStatus availableReplicas */
                availableReplicas?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatefulSetStatus. */
            type $Shape = troupe.v1.StatefulSetStatus.$Properties;
        }

        /**
         * Properties of a StatefulSet.
         * @deprecated Use troupe.v1.StatefulSet.$Properties instead.
         */
        interface IStatefulSet extends troupe.v1.StatefulSet.$Properties {
        }

        /** Represents a StatefulSet. */
        class StatefulSet {

            /**
             * Constructs a new StatefulSet.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.StatefulSet.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StatefulSet apiVersion. */
            apiVersion: string;

            /** StatefulSet kind. */
            kind: string;

            /** StatefulSet metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** StatefulSet spec. */
            spec: troupe.v1.StatefulSetSpec;

            /** StatefulSet status. */
            status: troupe.v1.StatefulSetStatus;

            /**
             * Creates a new StatefulSet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatefulSet instance
             */
            static create(properties: troupe.v1.StatefulSet.$Shape): troupe.v1.StatefulSet & troupe.v1.StatefulSet.$Shape;
            static create(properties?: troupe.v1.StatefulSet.$Properties): troupe.v1.StatefulSet;

            /**
             * Encodes the specified StatefulSet message. Does not implicitly {@link troupe.v1.StatefulSet.verify|verify} messages.
             * @param m StatefulSet message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.StatefulSet.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatefulSet message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.StatefulSet & troupe.v1.StatefulSet.$Shape} StatefulSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.StatefulSet & troupe.v1.StatefulSet.$Shape;
        }

        namespace StatefulSet {

            /** Properties of a StatefulSet. */
            interface $Properties {

                /** StatefulSet apiVersion */
                apiVersion?: string;

                /** StatefulSet kind */
                kind?: string;

                /** StatefulSet metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** StatefulSet spec */
                spec?: troupe.v1.StatefulSetSpec.$Properties;

                /** StatefulSet status */
                status?: troupe.v1.StatefulSetStatus.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatefulSet. */
            type $Shape = troupe.v1.StatefulSet.$Properties;
        }

        /**
         * Properties of a RollingUpdateDaemonSet.
         * @deprecated Use troupe.v1.RollingUpdateDaemonSet.$Properties instead.
         */
        interface IRollingUpdateDaemonSet extends troupe.v1.RollingUpdateDaemonSet.$Properties {
        }

        /** Represents a RollingUpdateDaemonSet. */
        class RollingUpdateDaemonSet {

            /**
             * Constructs a new RollingUpdateDaemonSet.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.RollingUpdateDaemonSet.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RollingUpdateDaemonSet maxUnavailable. */
            maxUnavailable: troupe.v1.IntOrString;

            /** RollingUpdateDaemonSet maxSurge. */
            maxSurge: troupe.v1.IntOrString;

            /**
             * Creates a new RollingUpdateDaemonSet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RollingUpdateDaemonSet instance
             */
            static create(properties: troupe.v1.RollingUpdateDaemonSet.$Shape): troupe.v1.RollingUpdateDaemonSet & troupe.v1.RollingUpdateDaemonSet.$Shape;
            static create(properties?: troupe.v1.RollingUpdateDaemonSet.$Properties): troupe.v1.RollingUpdateDaemonSet;

            /**
             * Encodes the specified RollingUpdateDaemonSet message. Does not implicitly {@link troupe.v1.RollingUpdateDaemonSet.verify|verify} messages.
             * @param m RollingUpdateDaemonSet message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.RollingUpdateDaemonSet.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RollingUpdateDaemonSet message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.RollingUpdateDaemonSet & troupe.v1.RollingUpdateDaemonSet.$Shape} RollingUpdateDaemonSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.RollingUpdateDaemonSet & troupe.v1.RollingUpdateDaemonSet.$Shape;
        }

        namespace RollingUpdateDaemonSet {

            /** Properties of a RollingUpdateDaemonSet. */
            interface $Properties {

                /** RollingUpdateDaemonSet maxUnavailable */
                maxUnavailable?: troupe.v1.IntOrString.$Properties;

                /** RollingUpdateDaemonSet maxSurge */
                maxSurge?: troupe.v1.IntOrString.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RollingUpdateDaemonSet. */
            type $Shape = troupe.v1.RollingUpdateDaemonSet.$Properties;
        }

        /**
         * Properties of a DaemonSetUpdateStrategy.
         * @deprecated Use troupe.v1.DaemonSetUpdateStrategy.$Properties instead.
         */
        interface IDaemonSetUpdateStrategy extends troupe.v1.DaemonSetUpdateStrategy.$Properties {
        }

        /** Represents a DaemonSetUpdateStrategy. */
        class DaemonSetUpdateStrategy {

            /**
             * Constructs a new DaemonSetUpdateStrategy.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.DaemonSetUpdateStrategy.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DaemonSetUpdateStrategy type. */
            type: string;

            /** DaemonSetUpdateStrategy rollingUpdate. */
            rollingUpdate: troupe.v1.RollingUpdateDaemonSet;

            /**
             * Creates a new DaemonSetUpdateStrategy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DaemonSetUpdateStrategy instance
             */
            static create(properties: troupe.v1.DaemonSetUpdateStrategy.$Shape): troupe.v1.DaemonSetUpdateStrategy & troupe.v1.DaemonSetUpdateStrategy.$Shape;
            static create(properties?: troupe.v1.DaemonSetUpdateStrategy.$Properties): troupe.v1.DaemonSetUpdateStrategy;

            /**
             * Encodes the specified DaemonSetUpdateStrategy message. Does not implicitly {@link troupe.v1.DaemonSetUpdateStrategy.verify|verify} messages.
             * @param m DaemonSetUpdateStrategy message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.DaemonSetUpdateStrategy.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DaemonSetUpdateStrategy message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.DaemonSetUpdateStrategy & troupe.v1.DaemonSetUpdateStrategy.$Shape} DaemonSetUpdateStrategy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.DaemonSetUpdateStrategy & troupe.v1.DaemonSetUpdateStrategy.$Shape;
        }

        namespace DaemonSetUpdateStrategy {

            /** Properties of a DaemonSetUpdateStrategy. */
            interface $Properties {

                /** DaemonSetUpdateStrategy type */
                type?: string;

                /** DaemonSetUpdateStrategy rollingUpdate */
                rollingUpdate?: troupe.v1.RollingUpdateDaemonSet.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DaemonSetUpdateStrategy. */
            type $Shape = troupe.v1.DaemonSetUpdateStrategy.$Properties;
        }

        /**
         * Properties of a DaemonSetSpec.
         * @deprecated Use troupe.v1.DaemonSetSpec.$Properties instead.
         */
        interface IDaemonSetSpec extends troupe.v1.DaemonSetSpec.$Properties {
        }

        /** Represents a DaemonSetSpec. */
        class DaemonSetSpec {

            /**
             * Constructs a new DaemonSetSpec.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.DaemonSetSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DaemonSetSpec selector. */
            selector: troupe.v1.LabelSelector;

            /** DaemonSetSpec template. */
            template: troupe.v1.PodTemplateSpec;

            /** DaemonSetSpec updateStrategy. */
            updateStrategy: troupe.v1.DaemonSetUpdateStrategy;

            /** DaemonSetSpec minReadySeconds. */
            minReadySeconds: number;

            /** DaemonSetSpec revisionHistoryLimit. */
            revisionHistoryLimit: (number|null);

            /**
             * Creates a new DaemonSetSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DaemonSetSpec instance
             */
            static create(properties: troupe.v1.DaemonSetSpec.$Shape): troupe.v1.DaemonSetSpec & troupe.v1.DaemonSetSpec.$Shape;
            static create(properties?: troupe.v1.DaemonSetSpec.$Properties): troupe.v1.DaemonSetSpec;

            /**
             * Encodes the specified DaemonSetSpec message. Does not implicitly {@link troupe.v1.DaemonSetSpec.verify|verify} messages.
             * @param m DaemonSetSpec message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.DaemonSetSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DaemonSetSpec message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.DaemonSetSpec & troupe.v1.DaemonSetSpec.$Shape} DaemonSetSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.DaemonSetSpec & troupe.v1.DaemonSetSpec.$Shape;
        }

        namespace DaemonSetSpec {

            /** Properties of a DaemonSetSpec. */
            interface $Properties {

                /** DaemonSetSpec selector */
                selector?: troupe.v1.LabelSelector.$Properties;

                /** DaemonSetSpec template */
                template?: troupe.v1.PodTemplateSpec.$Properties;

                /** DaemonSetSpec updateStrategy */
                updateStrategy?: troupe.v1.DaemonSetUpdateStrategy.$Properties;

                /** DaemonSetSpec minReadySeconds */
                minReadySeconds?: number;

                /** DaemonSetSpec revisionHistoryLimit */
                revisionHistoryLimit?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DaemonSetSpec. */
            type $Shape = troupe.v1.DaemonSetSpec.$Properties;
        }

        /**
         * Properties of a DaemonSetStatus.
         * @deprecated Use troupe.v1.DaemonSetStatus.$Properties instead.
         */
        interface IDaemonSetStatus extends troupe.v1.DaemonSetStatus.$Properties {
        }

        /** Represents a DaemonSetStatus. */
        class DaemonSetStatus {

            /**
             * Constructs a new DaemonSetStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.DaemonSetStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DaemonSetStatus currentNumberScheduled. */
            currentNumberScheduled: number;

            /** DaemonSetStatus numberMisscheduled. */
            numberMisscheduled: number;

            /** DaemonSetStatus desiredNumberScheduled. */
            desiredNumberScheduled: number;

            /** DaemonSetStatus numberReady. */
            numberReady: number;

            /** DaemonSetStatus observedGeneration. */
            observedGeneration: number;

            /** DaemonSetStatus updatedNumberScheduled. */
            updatedNumberScheduled: number;

            /** DaemonSetStatus numberAvailable. */
            numberAvailable: number;

            /** DaemonSetStatus numberUnavailable. */
            numberUnavailable: number;

            /** DaemonSetStatus collisionCount. */
            collisionCount: (number|null);

            /** DaemonSetStatus conditions. */
            conditions: troupe.v1.Condition[];

            /**
             * Creates a new DaemonSetStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DaemonSetStatus instance
             */
            static create(properties: troupe.v1.DaemonSetStatus.$Shape): troupe.v1.DaemonSetStatus & troupe.v1.DaemonSetStatus.$Shape;
            static create(properties?: troupe.v1.DaemonSetStatus.$Properties): troupe.v1.DaemonSetStatus;

            /**
             * Encodes the specified DaemonSetStatus message. Does not implicitly {@link troupe.v1.DaemonSetStatus.verify|verify} messages.
             * @param m DaemonSetStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.DaemonSetStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DaemonSetStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.DaemonSetStatus & troupe.v1.DaemonSetStatus.$Shape} DaemonSetStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.DaemonSetStatus & troupe.v1.DaemonSetStatus.$Shape;
        }

        namespace DaemonSetStatus {

            /** Properties of a DaemonSetStatus. */
            interface $Properties {

                /** DaemonSetStatus currentNumberScheduled */
                currentNumberScheduled?: number;

                /** DaemonSetStatus numberMisscheduled */
                numberMisscheduled?: number;

                /** DaemonSetStatus desiredNumberScheduled */
                desiredNumberScheduled?: number;

                /** DaemonSetStatus numberReady */
                numberReady?: number;

                /** DaemonSetStatus observedGeneration */
                observedGeneration?: number;

                /** DaemonSetStatus updatedNumberScheduled */
                updatedNumberScheduled?: number;

                /** DaemonSetStatus numberAvailable */
                numberAvailable?: number;

                /** DaemonSetStatus numberUnavailable */
                numberUnavailable?: number;

                /** DaemonSetStatus collisionCount */
                collisionCount?: (number|null);

                /** DaemonSetStatus conditions */
                conditions?: troupe.v1.Condition.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DaemonSetStatus. */
            type $Shape = troupe.v1.DaemonSetStatus.$Properties;
        }

        /**
         * Properties of a DaemonSet.
         * @deprecated Use troupe.v1.DaemonSet.$Properties instead.
         */
        interface IDaemonSet extends troupe.v1.DaemonSet.$Properties {
        }

        /** Represents a DaemonSet. */
        class DaemonSet {

            /**
             * Constructs a new DaemonSet.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.DaemonSet.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DaemonSet apiVersion. */
            apiVersion: string;

            /** DaemonSet kind. */
            kind: string;

            /** DaemonSet metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** DaemonSet spec. */
            spec: troupe.v1.DaemonSetSpec;

            /** DaemonSet status. */
            status: troupe.v1.DaemonSetStatus;

            /**
             * Creates a new DaemonSet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DaemonSet instance
             */
            static create(properties: troupe.v1.DaemonSet.$Shape): troupe.v1.DaemonSet & troupe.v1.DaemonSet.$Shape;
            static create(properties?: troupe.v1.DaemonSet.$Properties): troupe.v1.DaemonSet;

            /**
             * Encodes the specified DaemonSet message. Does not implicitly {@link troupe.v1.DaemonSet.verify|verify} messages.
             * @param m DaemonSet message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.DaemonSet.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DaemonSet message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.DaemonSet & troupe.v1.DaemonSet.$Shape} DaemonSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.DaemonSet & troupe.v1.DaemonSet.$Shape;
        }

        namespace DaemonSet {

            /** Properties of a DaemonSet. */
            interface $Properties {

                /** DaemonSet apiVersion */
                apiVersion?: string;

                /** DaemonSet kind */
                kind?: string;

                /** DaemonSet metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** DaemonSet spec */
                spec?: troupe.v1.DaemonSetSpec.$Properties;

                /** DaemonSet status */
                status?: troupe.v1.DaemonSetStatus.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DaemonSet. */
            type $Shape = troupe.v1.DaemonSet.$Properties;
        }

        /**
         * Properties of a ControllerRevisionSpec.
         * @deprecated Use troupe.v1.ControllerRevisionSpec.$Properties instead.
         */
        interface IControllerRevisionSpec extends troupe.v1.ControllerRevisionSpec.$Properties {
        }

        /** Represents a ControllerRevisionSpec. */
        class ControllerRevisionSpec {

            /**
             * Constructs a new ControllerRevisionSpec.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ControllerRevisionSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ControllerRevisionSpec template. */
            template: troupe.v1.PodTemplateSpec;

            /**
             * Creates a new ControllerRevisionSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ControllerRevisionSpec instance
             */
            static create(properties: troupe.v1.ControllerRevisionSpec.$Shape): troupe.v1.ControllerRevisionSpec & troupe.v1.ControllerRevisionSpec.$Shape;
            static create(properties?: troupe.v1.ControllerRevisionSpec.$Properties): troupe.v1.ControllerRevisionSpec;

            /**
             * Encodes the specified ControllerRevisionSpec message. Does not implicitly {@link troupe.v1.ControllerRevisionSpec.verify|verify} messages.
             * @param m ControllerRevisionSpec message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ControllerRevisionSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ControllerRevisionSpec message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ControllerRevisionSpec & troupe.v1.ControllerRevisionSpec.$Shape} ControllerRevisionSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ControllerRevisionSpec & troupe.v1.ControllerRevisionSpec.$Shape;
        }

        namespace ControllerRevisionSpec {

            /** Properties of a ControllerRevisionSpec. */
            interface $Properties {

                /** ControllerRevisionSpec template */
                template?: troupe.v1.PodTemplateSpec.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ControllerRevisionSpec. */
            type $Shape = troupe.v1.ControllerRevisionSpec.$Properties;
        }

        /**
         * Properties of a ControllerRevisionData.
         * @deprecated Use troupe.v1.ControllerRevisionData.$Properties instead.
         */
        interface IControllerRevisionData extends troupe.v1.ControllerRevisionData.$Properties {
        }

        /** Represents a ControllerRevisionData. */
        class ControllerRevisionData {

            /**
             * Constructs a new ControllerRevisionData.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ControllerRevisionData.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ControllerRevisionData spec. */
            spec: troupe.v1.ControllerRevisionSpec;

            /**
             * Creates a new ControllerRevisionData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ControllerRevisionData instance
             */
            static create(properties: troupe.v1.ControllerRevisionData.$Shape): troupe.v1.ControllerRevisionData & troupe.v1.ControllerRevisionData.$Shape;
            static create(properties?: troupe.v1.ControllerRevisionData.$Properties): troupe.v1.ControllerRevisionData;

            /**
             * Encodes the specified ControllerRevisionData message. Does not implicitly {@link troupe.v1.ControllerRevisionData.verify|verify} messages.
             * @param m ControllerRevisionData message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ControllerRevisionData.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ControllerRevisionData message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ControllerRevisionData & troupe.v1.ControllerRevisionData.$Shape} ControllerRevisionData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ControllerRevisionData & troupe.v1.ControllerRevisionData.$Shape;
        }

        namespace ControllerRevisionData {

            /** Properties of a ControllerRevisionData. */
            interface $Properties {

                /** ControllerRevisionData spec */
                spec?: troupe.v1.ControllerRevisionSpec.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ControllerRevisionData. */
            type $Shape = troupe.v1.ControllerRevisionData.$Properties;
        }

        /**
         * Properties of a ControllerRevision.
         * @deprecated Use troupe.v1.ControllerRevision.$Properties instead.
         */
        interface IControllerRevision extends troupe.v1.ControllerRevision.$Properties {
        }

        /** Represents a ControllerRevision. */
        class ControllerRevision {

            /**
             * Constructs a new ControllerRevision.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ControllerRevision.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ControllerRevision apiVersion. */
            apiVersion: string;

            /** ControllerRevision kind. */
            kind: string;

            /** ControllerRevision metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** ControllerRevision data. */
            data: troupe.v1.ControllerRevisionData;

            /** ControllerRevision revision. */
            revision: number;

            /**
             * Creates a new ControllerRevision instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ControllerRevision instance
             */
            static create(properties: troupe.v1.ControllerRevision.$Shape): troupe.v1.ControllerRevision & troupe.v1.ControllerRevision.$Shape;
            static create(properties?: troupe.v1.ControllerRevision.$Properties): troupe.v1.ControllerRevision;

            /**
             * Encodes the specified ControllerRevision message. Does not implicitly {@link troupe.v1.ControllerRevision.verify|verify} messages.
             * @param m ControllerRevision message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ControllerRevision.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ControllerRevision message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ControllerRevision & troupe.v1.ControllerRevision.$Shape} ControllerRevision
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ControllerRevision & troupe.v1.ControllerRevision.$Shape;
        }

        namespace ControllerRevision {

            /** Properties of a ControllerRevision. */
            interface $Properties {

                /** ControllerRevision apiVersion */
                apiVersion?: string;

                /** ControllerRevision kind */
                kind?: string;

                /** ControllerRevision metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** ControllerRevision data */
                data?: troupe.v1.ControllerRevisionData.$Properties;

                /** ControllerRevision revision */
                revision?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ControllerRevision. */
            type $Shape = troupe.v1.ControllerRevision.$Properties;
        }

        /**
         * Properties of a ContainerPort.
         * @deprecated Use troupe.v1.ContainerPort.$Properties instead.
         */
        interface IContainerPort extends troupe.v1.ContainerPort.$Properties {
        }

        /** Represents a ContainerPort. */
        class ContainerPort {

            /**
             * Constructs a new ContainerPort.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ContainerPort.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContainerPort name. */
            name: string;

            /** ContainerPort hostPort. */
            hostPort: (number|null);

            /** ContainerPort containerPort. */
            containerPort: number;

            /** ContainerPort protocol. */
            protocol: string;

            /** ContainerPort hostIP. */
            hostIP: string;

            /**
             * Creates a new ContainerPort instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerPort instance
             */
            static create(properties: troupe.v1.ContainerPort.$Shape): troupe.v1.ContainerPort & troupe.v1.ContainerPort.$Shape;
            static create(properties?: troupe.v1.ContainerPort.$Properties): troupe.v1.ContainerPort;

            /**
             * Encodes the specified ContainerPort message. Does not implicitly {@link troupe.v1.ContainerPort.verify|verify} messages.
             * @param m ContainerPort message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ContainerPort.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerPort message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ContainerPort & troupe.v1.ContainerPort.$Shape} ContainerPort
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ContainerPort & troupe.v1.ContainerPort.$Shape;
        }

        namespace ContainerPort {

            /** Properties of a ContainerPort. */
            interface $Properties {

                /** ContainerPort name */
                name?: string;

                /** ContainerPort hostPort */
                hostPort?: (number|null);

                /** ContainerPort containerPort */
                containerPort?: number;

                /** ContainerPort protocol */
                protocol?: string;

                /** ContainerPort hostIP */
                hostIP?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContainerPort. */
            type $Shape = troupe.v1.ContainerPort.$Properties;
        }

        /**
         * Properties of an ObjectFieldSelector.
         * @deprecated Use troupe.v1.ObjectFieldSelector.$Properties instead.
         */
        interface IObjectFieldSelector extends troupe.v1.ObjectFieldSelector.$Properties {
        }

        /** Represents an ObjectFieldSelector. */
        class ObjectFieldSelector {

            /**
             * Constructs a new ObjectFieldSelector.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ObjectFieldSelector.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ObjectFieldSelector apiVersion. */
            apiVersion: string;

            /** ObjectFieldSelector fieldPath. */
            fieldPath: string;

            /**
             * Creates a new ObjectFieldSelector instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ObjectFieldSelector instance
             */
            static create(properties: troupe.v1.ObjectFieldSelector.$Shape): troupe.v1.ObjectFieldSelector & troupe.v1.ObjectFieldSelector.$Shape;
            static create(properties?: troupe.v1.ObjectFieldSelector.$Properties): troupe.v1.ObjectFieldSelector;

            /**
             * Encodes the specified ObjectFieldSelector message. Does not implicitly {@link troupe.v1.ObjectFieldSelector.verify|verify} messages.
             * @param m ObjectFieldSelector message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ObjectFieldSelector.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ObjectFieldSelector message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ObjectFieldSelector & troupe.v1.ObjectFieldSelector.$Shape} ObjectFieldSelector
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ObjectFieldSelector & troupe.v1.ObjectFieldSelector.$Shape;
        }

        namespace ObjectFieldSelector {

            /** Properties of an ObjectFieldSelector. */
            interface $Properties {

                /** ObjectFieldSelector apiVersion */
                apiVersion?: string;

                /** ObjectFieldSelector fieldPath */
                fieldPath?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ObjectFieldSelector. */
            type $Shape = troupe.v1.ObjectFieldSelector.$Properties;
        }

        /**
         * Properties of a ResourceFieldSelector.
         * @deprecated Use troupe.v1.ResourceFieldSelector.$Properties instead.
         */
        interface IResourceFieldSelector extends troupe.v1.ResourceFieldSelector.$Properties {
        }

        /** Represents a ResourceFieldSelector. */
        class ResourceFieldSelector {

            /**
             * Constructs a new ResourceFieldSelector.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ResourceFieldSelector.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResourceFieldSelector containerName. */
            containerName: string;

            /** ResourceFieldSelector resource. */
            resource: string;

            /** ResourceFieldSelector divisor. */
            divisor: string;

            /**
             * Creates a new ResourceFieldSelector instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResourceFieldSelector instance
             */
            static create(properties: troupe.v1.ResourceFieldSelector.$Shape): troupe.v1.ResourceFieldSelector & troupe.v1.ResourceFieldSelector.$Shape;
            static create(properties?: troupe.v1.ResourceFieldSelector.$Properties): troupe.v1.ResourceFieldSelector;

            /**
             * Encodes the specified ResourceFieldSelector message. Does not implicitly {@link troupe.v1.ResourceFieldSelector.verify|verify} messages.
             * @param m ResourceFieldSelector message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ResourceFieldSelector.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResourceFieldSelector message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ResourceFieldSelector & troupe.v1.ResourceFieldSelector.$Shape} ResourceFieldSelector
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ResourceFieldSelector & troupe.v1.ResourceFieldSelector.$Shape;
        }

        namespace ResourceFieldSelector {

            /** Properties of a ResourceFieldSelector. */
            interface $Properties {

                /** ResourceFieldSelector containerName */
                containerName?: string;

                /** ResourceFieldSelector resource */
                resource?: string;

                /** ResourceFieldSelector divisor */
                divisor?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResourceFieldSelector. */
            type $Shape = troupe.v1.ResourceFieldSelector.$Properties;
        }

        /**
         * Properties of a KeySelector.
         * @deprecated Use troupe.v1.KeySelector.$Properties instead.
         */
        interface IKeySelector extends troupe.v1.KeySelector.$Properties {
        }

        /** Represents a KeySelector. */
        class KeySelector {

            /**
             * Constructs a new KeySelector.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.KeySelector.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KeySelector name. */
            name: string;

            /** KeySelector key. */
            key: string;

            /** KeySelector optional. */
            optional: (boolean|null);

            /**
             * Creates a new KeySelector instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KeySelector instance
             */
            static create(properties: troupe.v1.KeySelector.$Shape): troupe.v1.KeySelector & troupe.v1.KeySelector.$Shape;
            static create(properties?: troupe.v1.KeySelector.$Properties): troupe.v1.KeySelector;

            /**
             * Encodes the specified KeySelector message. Does not implicitly {@link troupe.v1.KeySelector.verify|verify} messages.
             * @param m KeySelector message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.KeySelector.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KeySelector message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.KeySelector & troupe.v1.KeySelector.$Shape} KeySelector
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.KeySelector & troupe.v1.KeySelector.$Shape;
        }

        namespace KeySelector {

            /** Properties of a KeySelector. */
            interface $Properties {

                /** KeySelector name */
                name?: string;

                /** KeySelector key */
                key?: string;

                /** KeySelector optional */
                optional?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KeySelector. */
            type $Shape = troupe.v1.KeySelector.$Properties;
        }

        /**
         * Properties of an EnvVarSource.
         * @deprecated Use troupe.v1.EnvVarSource.$Properties instead.
         */
        interface IEnvVarSource extends troupe.v1.EnvVarSource.$Properties {
        }

        /** Represents an EnvVarSource. */
        class EnvVarSource {

            /**
             * Constructs a new EnvVarSource.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.EnvVarSource.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EnvVarSource fieldRef. */
            fieldRef: troupe.v1.ObjectFieldSelector;

            /** EnvVarSource resourceFieldRef. */
            resourceFieldRef: troupe.v1.ResourceFieldSelector;

            /** EnvVarSource configMapKeyRef. */
            configMapKeyRef: troupe.v1.KeySelector;

            /** EnvVarSource secretKeyRef. */
            secretKeyRef: troupe.v1.KeySelector;

            /**
             * Creates a new EnvVarSource instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EnvVarSource instance
             */
            static create(properties: troupe.v1.EnvVarSource.$Shape): troupe.v1.EnvVarSource & troupe.v1.EnvVarSource.$Shape;
            static create(properties?: troupe.v1.EnvVarSource.$Properties): troupe.v1.EnvVarSource;

            /**
             * Encodes the specified EnvVarSource message. Does not implicitly {@link troupe.v1.EnvVarSource.verify|verify} messages.
             * @param m EnvVarSource message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.EnvVarSource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EnvVarSource message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.EnvVarSource & troupe.v1.EnvVarSource.$Shape} EnvVarSource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.EnvVarSource & troupe.v1.EnvVarSource.$Shape;
        }

        namespace EnvVarSource {

            /** Properties of an EnvVarSource. */
            interface $Properties {

                /** EnvVarSource fieldRef */
                fieldRef?: troupe.v1.ObjectFieldSelector.$Properties;

                /** EnvVarSource resourceFieldRef */
                resourceFieldRef?: troupe.v1.ResourceFieldSelector.$Properties;

                /** EnvVarSource configMapKeyRef */
                configMapKeyRef?: troupe.v1.KeySelector.$Properties;

                /** EnvVarSource secretKeyRef */
                secretKeyRef?: troupe.v1.KeySelector.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EnvVarSource. */
            type $Shape = troupe.v1.EnvVarSource.$Properties;
        }

        /**
         * Properties of an EnvVar.
         * @deprecated Use troupe.v1.EnvVar.$Properties instead.
         */
        interface IEnvVar extends troupe.v1.EnvVar.$Properties {
        }

        /** Represents an EnvVar. */
        class EnvVar {

            /**
             * Constructs a new EnvVar.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.EnvVar.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EnvVar name. */
            name: string;

            /** EnvVar value. */
            value: string;

            /** EnvVar valueFrom. */
            valueFrom: troupe.v1.EnvVarSource;

            /**
             * Creates a new EnvVar instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EnvVar instance
             */
            static create(properties: troupe.v1.EnvVar.$Shape): troupe.v1.EnvVar & troupe.v1.EnvVar.$Shape;
            static create(properties?: troupe.v1.EnvVar.$Properties): troupe.v1.EnvVar;

            /**
             * Encodes the specified EnvVar message. Does not implicitly {@link troupe.v1.EnvVar.verify|verify} messages.
             * @param m EnvVar message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.EnvVar.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EnvVar message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.EnvVar & troupe.v1.EnvVar.$Shape} EnvVar
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.EnvVar & troupe.v1.EnvVar.$Shape;
        }

        namespace EnvVar {

            /** Properties of an EnvVar. */
            interface $Properties {

                /** EnvVar name */
                name?: string;

                /** EnvVar value */
                value?: string;

                /** EnvVar valueFrom */
                valueFrom?: troupe.v1.EnvVarSource.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EnvVar. */
            type $Shape = troupe.v1.EnvVar.$Properties;
        }

        /**
         * Properties of a NameSource.
         * @deprecated Use troupe.v1.NameSource.$Properties instead.
         */
        interface INameSource extends troupe.v1.NameSource.$Properties {
        }

        /** Represents a NameSource. */
        class NameSource {

            /**
             * Constructs a new NameSource.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.NameSource.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NameSource name. */
            name: string;

            /** NameSource optional. */
            optional: (boolean|null);

            /**
             * Creates a new NameSource instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NameSource instance
             */
            static create(properties: troupe.v1.NameSource.$Shape): troupe.v1.NameSource & troupe.v1.NameSource.$Shape;
            static create(properties?: troupe.v1.NameSource.$Properties): troupe.v1.NameSource;

            /**
             * Encodes the specified NameSource message. Does not implicitly {@link troupe.v1.NameSource.verify|verify} messages.
             * @param m NameSource message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.NameSource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NameSource message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.NameSource & troupe.v1.NameSource.$Shape} NameSource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.NameSource & troupe.v1.NameSource.$Shape;
        }

        namespace NameSource {

            /** Properties of a NameSource. */
            interface $Properties {

                /** NameSource name */
                name?: string;

                /** NameSource optional */
                optional?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NameSource. */
            type $Shape = troupe.v1.NameSource.$Properties;
        }

        /**
         * Properties of an EnvFromSource.
         * @deprecated Use troupe.v1.EnvFromSource.$Properties instead.
         */
        interface IEnvFromSource extends troupe.v1.EnvFromSource.$Properties {
        }

        /** Represents an EnvFromSource. */
        class EnvFromSource {

            /**
             * Constructs a new EnvFromSource.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.EnvFromSource.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EnvFromSource prefix. */
            prefix: string;

            /** EnvFromSource configMapRef. */
            configMapRef: troupe.v1.NameSource;

            /** EnvFromSource secretRef. */
            secretRef: troupe.v1.NameSource;

            /**
             * Creates a new EnvFromSource instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EnvFromSource instance
             */
            static create(properties: troupe.v1.EnvFromSource.$Shape): troupe.v1.EnvFromSource & troupe.v1.EnvFromSource.$Shape;
            static create(properties?: troupe.v1.EnvFromSource.$Properties): troupe.v1.EnvFromSource;

            /**
             * Encodes the specified EnvFromSource message. Does not implicitly {@link troupe.v1.EnvFromSource.verify|verify} messages.
             * @param m EnvFromSource message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.EnvFromSource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EnvFromSource message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.EnvFromSource & troupe.v1.EnvFromSource.$Shape} EnvFromSource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.EnvFromSource & troupe.v1.EnvFromSource.$Shape;
        }

        namespace EnvFromSource {

            /** Properties of an EnvFromSource. */
            interface $Properties {

                /** EnvFromSource prefix */
                prefix?: string;

                /** EnvFromSource configMapRef */
                configMapRef?: troupe.v1.NameSource.$Properties;

                /** EnvFromSource secretRef */
                secretRef?: troupe.v1.NameSource.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EnvFromSource. */
            type $Shape = troupe.v1.EnvFromSource.$Properties;
        }

        /**
         * Properties of a ResourceRequirements.
         * @deprecated Use troupe.v1.ResourceRequirements.$Properties instead.
         */
        interface IResourceRequirements extends troupe.v1.ResourceRequirements.$Properties {
        }

        /** Represents a ResourceRequirements. */
        class ResourceRequirements {

            /**
             * Constructs a new ResourceRequirements.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ResourceRequirements.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResourceRequirements limits. */
            limits: { [k: string]: string };

            /** ResourceRequirements requests. */
            requests: { [k: string]: string };

            /**
             * Creates a new ResourceRequirements instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResourceRequirements instance
             */
            static create(properties: troupe.v1.ResourceRequirements.$Shape): troupe.v1.ResourceRequirements & troupe.v1.ResourceRequirements.$Shape;
            static create(properties?: troupe.v1.ResourceRequirements.$Properties): troupe.v1.ResourceRequirements;

            /**
             * Encodes the specified ResourceRequirements message. Does not implicitly {@link troupe.v1.ResourceRequirements.verify|verify} messages.
             * @param m ResourceRequirements message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ResourceRequirements.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResourceRequirements message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ResourceRequirements & troupe.v1.ResourceRequirements.$Shape} ResourceRequirements
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ResourceRequirements & troupe.v1.ResourceRequirements.$Shape;
        }

        namespace ResourceRequirements {

            /** Properties of a ResourceRequirements. */
            interface $Properties {

                /** ResourceRequirements limits */
                limits?: { [k: string]: string };

                /** ResourceRequirements requests */
                requests?: { [k: string]: string };

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResourceRequirements. */
            type $Shape = troupe.v1.ResourceRequirements.$Properties;
        }

        /**
         * Properties of a VolumeMount.
         * @deprecated Use troupe.v1.VolumeMount.$Properties instead.
         */
        interface IVolumeMount extends troupe.v1.VolumeMount.$Properties {
        }

        /** Represents a VolumeMount. */
        class VolumeMount {

            /**
             * Constructs a new VolumeMount.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.VolumeMount.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VolumeMount name. */
            name: string;

            /** VolumeMount readOnly. */
            readOnly: (boolean|null);

            /** VolumeMount mountPath. */
            mountPath: string;

            /** VolumeMount subPath. */
            subPath: string;

            /** VolumeMount mountPropagation. */
            mountPropagation: string;

            /** VolumeMount subPathExpr. */
            subPathExpr: string;

            /**
             * Creates a new VolumeMount instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VolumeMount instance
             */
            static create(properties: troupe.v1.VolumeMount.$Shape): troupe.v1.VolumeMount & troupe.v1.VolumeMount.$Shape;
            static create(properties?: troupe.v1.VolumeMount.$Properties): troupe.v1.VolumeMount;

            /**
             * Encodes the specified VolumeMount message. Does not implicitly {@link troupe.v1.VolumeMount.verify|verify} messages.
             * @param m VolumeMount message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.VolumeMount.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VolumeMount message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.VolumeMount & troupe.v1.VolumeMount.$Shape} VolumeMount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.VolumeMount & troupe.v1.VolumeMount.$Shape;
        }

        namespace VolumeMount {

            /** Properties of a VolumeMount. */
            interface $Properties {

                /** VolumeMount name */
                name?: string;

                /** VolumeMount readOnly */
                readOnly?: (boolean|null);

                /** VolumeMount mountPath */
                mountPath?: string;

                /** VolumeMount subPath */
                subPath?: string;

                /** VolumeMount mountPropagation */
                mountPropagation?: string;

                /** VolumeMount subPathExpr */
                subPathExpr?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VolumeMount. */
            type $Shape = troupe.v1.VolumeMount.$Properties;
        }

        /**
         * Properties of an ExecAction.
         * @deprecated Use troupe.v1.ExecAction.$Properties instead.
         */
        interface IExecAction extends troupe.v1.ExecAction.$Properties {
        }

        /** Represents an ExecAction. */
        class ExecAction {

            /**
             * Constructs a new ExecAction.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ExecAction.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExecAction command. */
            command: string[];

            /**
             * Creates a new ExecAction instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExecAction instance
             */
            static create(properties: troupe.v1.ExecAction.$Shape): troupe.v1.ExecAction & troupe.v1.ExecAction.$Shape;
            static create(properties?: troupe.v1.ExecAction.$Properties): troupe.v1.ExecAction;

            /**
             * Encodes the specified ExecAction message. Does not implicitly {@link troupe.v1.ExecAction.verify|verify} messages.
             * @param m ExecAction message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ExecAction.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExecAction message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ExecAction & troupe.v1.ExecAction.$Shape} ExecAction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ExecAction & troupe.v1.ExecAction.$Shape;
        }

        namespace ExecAction {

            /** Properties of an ExecAction. */
            interface $Properties {

                /** ExecAction command */
                command?: string[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExecAction. */
            type $Shape = troupe.v1.ExecAction.$Properties;
        }

        /**
         * Properties of a HTTPHeader.
         * @deprecated Use troupe.v1.HTTPHeader.$Properties instead.
         */
        interface IHTTPHeader extends troupe.v1.HTTPHeader.$Properties {
        }

        /** Represents a HTTPHeader. */
        class HTTPHeader {

            /**
             * Constructs a new HTTPHeader.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.HTTPHeader.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HTTPHeader name. */
            name: string;

            /** HTTPHeader value. */
            value: string;

            /**
             * Creates a new HTTPHeader instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HTTPHeader instance
             */
            static create(properties: troupe.v1.HTTPHeader.$Shape): troupe.v1.HTTPHeader & troupe.v1.HTTPHeader.$Shape;
            static create(properties?: troupe.v1.HTTPHeader.$Properties): troupe.v1.HTTPHeader;

            /**
             * Encodes the specified HTTPHeader message. Does not implicitly {@link troupe.v1.HTTPHeader.verify|verify} messages.
             * @param m HTTPHeader message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.HTTPHeader.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HTTPHeader message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.HTTPHeader & troupe.v1.HTTPHeader.$Shape} HTTPHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.HTTPHeader & troupe.v1.HTTPHeader.$Shape;
        }

        namespace HTTPHeader {

            /** Properties of a HTTPHeader. */
            interface $Properties {

                /** HTTPHeader name */
                name?: string;

                /** HTTPHeader value */
                value?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HTTPHeader. */
            type $Shape = troupe.v1.HTTPHeader.$Properties;
        }

        /**
         * Properties of a HTTPGetAction.
         * @deprecated Use troupe.v1.HTTPGetAction.$Properties instead.
         */
        interface IHTTPGetAction extends troupe.v1.HTTPGetAction.$Properties {
        }

        /** Represents a HTTPGetAction. */
        class HTTPGetAction {

            /**
             * Constructs a new HTTPGetAction.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.HTTPGetAction.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HTTPGetAction path. */
            path: string;

            /** HTTPGetAction port. */
            port: troupe.v1.IntOrString;

            /** HTTPGetAction host. */
            host: string;

            /** HTTPGetAction scheme. */
            scheme: string;

            /** HTTPGetAction httpHeaders. */
            httpHeaders: troupe.v1.HTTPHeader[];

            /**
             * Creates a new HTTPGetAction instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HTTPGetAction instance
             */
            static create(properties: troupe.v1.HTTPGetAction.$Shape): troupe.v1.HTTPGetAction & troupe.v1.HTTPGetAction.$Shape;
            static create(properties?: troupe.v1.HTTPGetAction.$Properties): troupe.v1.HTTPGetAction;

            /**
             * Encodes the specified HTTPGetAction message. Does not implicitly {@link troupe.v1.HTTPGetAction.verify|verify} messages.
             * @param m HTTPGetAction message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.HTTPGetAction.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HTTPGetAction message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.HTTPGetAction & troupe.v1.HTTPGetAction.$Shape} HTTPGetAction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.HTTPGetAction & troupe.v1.HTTPGetAction.$Shape;
        }

        namespace HTTPGetAction {

            /** Properties of a HTTPGetAction. */
            interface $Properties {

                /** HTTPGetAction path */
                path?: string;

                /** HTTPGetAction port */
                port?: troupe.v1.IntOrString.$Properties;

                /** HTTPGetAction host */
                host?: string;

                /** HTTPGetAction scheme */
                scheme?: string;

                /** HTTPGetAction httpHeaders */
                httpHeaders?: troupe.v1.HTTPHeader.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HTTPGetAction. */
            type $Shape = troupe.v1.HTTPGetAction.$Properties;
        }

        /**
         * Properties of a TCPSocketAction.
         * @deprecated Use troupe.v1.TCPSocketAction.$Properties instead.
         */
        interface ITCPSocketAction extends troupe.v1.TCPSocketAction.$Properties {
        }

        /** Represents a TCPSocketAction. */
        class TCPSocketAction {

            /**
             * Constructs a new TCPSocketAction.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.TCPSocketAction.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TCPSocketAction port. */
            port: troupe.v1.IntOrString;

            /** TCPSocketAction host. */
            host: string;

            /**
             * Creates a new TCPSocketAction instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TCPSocketAction instance
             */
            static create(properties: troupe.v1.TCPSocketAction.$Shape): troupe.v1.TCPSocketAction & troupe.v1.TCPSocketAction.$Shape;
            static create(properties?: troupe.v1.TCPSocketAction.$Properties): troupe.v1.TCPSocketAction;

            /**
             * Encodes the specified TCPSocketAction message. Does not implicitly {@link troupe.v1.TCPSocketAction.verify|verify} messages.
             * @param m TCPSocketAction message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.TCPSocketAction.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TCPSocketAction message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.TCPSocketAction & troupe.v1.TCPSocketAction.$Shape} TCPSocketAction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.TCPSocketAction & troupe.v1.TCPSocketAction.$Shape;
        }

        namespace TCPSocketAction {

            /** Properties of a TCPSocketAction. */
            interface $Properties {

                /** TCPSocketAction port */
                port?: troupe.v1.IntOrString.$Properties;

                /** TCPSocketAction host */
                host?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TCPSocketAction. */
            type $Shape = troupe.v1.TCPSocketAction.$Properties;
        }

        /**
         * Properties of a GRPCAction.
         * @deprecated Use troupe.v1.GRPCAction.$Properties instead.
         */
        interface IGRPCAction extends troupe.v1.GRPCAction.$Properties {
        }

        /** Represents a GRPCAction. */
        class GRPCAction {

            /**
             * Constructs a new GRPCAction.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.GRPCAction.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GRPCAction port. */
            port: number;

            /** GRPCAction service. */
            service: (string|null);

            /**
             * Creates a new GRPCAction instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GRPCAction instance
             */
            static create(properties: troupe.v1.GRPCAction.$Shape): troupe.v1.GRPCAction & troupe.v1.GRPCAction.$Shape;
            static create(properties?: troupe.v1.GRPCAction.$Properties): troupe.v1.GRPCAction;

            /**
             * Encodes the specified GRPCAction message. Does not implicitly {@link troupe.v1.GRPCAction.verify|verify} messages.
             * @param m GRPCAction message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.GRPCAction.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GRPCAction message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.GRPCAction & troupe.v1.GRPCAction.$Shape} GRPCAction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.GRPCAction & troupe.v1.GRPCAction.$Shape;
        }

        namespace GRPCAction {

            /** Properties of a GRPCAction. */
            interface $Properties {

                /** GRPCAction port */
                port?: number;

                /** GRPCAction service */
                service?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GRPCAction. */
            type $Shape = troupe.v1.GRPCAction.$Properties;
        }

        /**
         * Properties of a Probe.
         * @deprecated Use troupe.v1.Probe.$Properties instead.
         */
        interface IProbe extends troupe.v1.Probe.$Properties {
        }

        /** Represents a Probe. */
        class Probe {

            /**
             * Constructs a new Probe.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.Probe.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Probe exec. */
            exec: troupe.v1.ExecAction;

            /** Probe httpGet. */
            httpGet: troupe.v1.HTTPGetAction;

            /** Probe tcpSocket. */
            tcpSocket: troupe.v1.TCPSocketAction;

            /** Probe grpc. */
            grpc: troupe.v1.GRPCAction;

            /** Probe initialDelaySeconds. */
            initialDelaySeconds: number;

            /** Probe timeoutSeconds. */
            timeoutSeconds: (number|null);

            /** Probe periodSeconds. */
            periodSeconds: (number|null);

            /** Probe successThreshold. */
            successThreshold: (number|null);

            /** Probe failureThreshold. */
            failureThreshold: (number|null);

            /** Probe terminationGracePeriodSeconds. */
            terminationGracePeriodSeconds: (number|null);

            /**
             * Creates a new Probe instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Probe instance
             */
            static create(properties: troupe.v1.Probe.$Shape): troupe.v1.Probe & troupe.v1.Probe.$Shape;
            static create(properties?: troupe.v1.Probe.$Properties): troupe.v1.Probe;

            /**
             * Encodes the specified Probe message. Does not implicitly {@link troupe.v1.Probe.verify|verify} messages.
             * @param m Probe message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.Probe.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Probe message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.Probe & troupe.v1.Probe.$Shape} Probe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.Probe & troupe.v1.Probe.$Shape;
        }

        namespace Probe {

            /** Properties of a Probe. */
            interface $Properties {

                /** Probe exec */
                exec?: troupe.v1.ExecAction.$Properties;

                /** Probe httpGet */
                httpGet?: troupe.v1.HTTPGetAction.$Properties;

                /** Probe tcpSocket */
                tcpSocket?: troupe.v1.TCPSocketAction.$Properties;

                /** Probe grpc */
                grpc?: troupe.v1.GRPCAction.$Properties;

                /** Probe initialDelaySeconds */
                initialDelaySeconds?: number;

                /** Probe timeoutSeconds */
                timeoutSeconds?: (number|null);

                /** Probe periodSeconds */
                periodSeconds?: (number|null);

                /** Probe successThreshold */
                successThreshold?: (number|null);

                /** Probe failureThreshold */
                failureThreshold?: (number|null);

                /** Probe terminationGracePeriodSeconds */
                terminationGracePeriodSeconds?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Probe. */
            type $Shape = troupe.v1.Probe.$Properties;
        }

        /**
         * Properties of a LifecycleHandler.
         * @deprecated Use troupe.v1.LifecycleHandler.$Properties instead.
         */
        interface ILifecycleHandler extends troupe.v1.LifecycleHandler.$Properties {
        }

        /** Represents a LifecycleHandler. */
        class LifecycleHandler {

            /**
             * Constructs a new LifecycleHandler.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.LifecycleHandler.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LifecycleHandler exec. */
            exec: troupe.v1.ExecAction;

            /** LifecycleHandler httpGet. */
            httpGet: troupe.v1.HTTPGetAction;

            /** LifecycleHandler tcpSocket. */
            tcpSocket: troupe.v1.TCPSocketAction;

            /**
             * Creates a new LifecycleHandler instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LifecycleHandler instance
             */
            static create(properties: troupe.v1.LifecycleHandler.$Shape): troupe.v1.LifecycleHandler & troupe.v1.LifecycleHandler.$Shape;
            static create(properties?: troupe.v1.LifecycleHandler.$Properties): troupe.v1.LifecycleHandler;

            /**
             * Encodes the specified LifecycleHandler message. Does not implicitly {@link troupe.v1.LifecycleHandler.verify|verify} messages.
             * @param m LifecycleHandler message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.LifecycleHandler.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LifecycleHandler message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.LifecycleHandler & troupe.v1.LifecycleHandler.$Shape} LifecycleHandler
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.LifecycleHandler & troupe.v1.LifecycleHandler.$Shape;
        }

        namespace LifecycleHandler {

            /** Properties of a LifecycleHandler. */
            interface $Properties {

                /** LifecycleHandler exec */
                exec?: troupe.v1.ExecAction.$Properties;

                /** LifecycleHandler httpGet */
                httpGet?: troupe.v1.HTTPGetAction.$Properties;

                /** LifecycleHandler tcpSocket */
                tcpSocket?: troupe.v1.TCPSocketAction.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LifecycleHandler. */
            type $Shape = troupe.v1.LifecycleHandler.$Properties;
        }

        /**
         * Properties of a Lifecycle.
         * @deprecated Use troupe.v1.Lifecycle.$Properties instead.
         */
        interface ILifecycle extends troupe.v1.Lifecycle.$Properties {
        }

        /** Represents a Lifecycle. */
        class Lifecycle {

            /**
             * Constructs a new Lifecycle.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.Lifecycle.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Lifecycle postStart. */
            postStart: troupe.v1.LifecycleHandler;

            /** Lifecycle preStop. */
            preStop: troupe.v1.LifecycleHandler;

            /**
             * Creates a new Lifecycle instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Lifecycle instance
             */
            static create(properties: troupe.v1.Lifecycle.$Shape): troupe.v1.Lifecycle & troupe.v1.Lifecycle.$Shape;
            static create(properties?: troupe.v1.Lifecycle.$Properties): troupe.v1.Lifecycle;

            /**
             * Encodes the specified Lifecycle message. Does not implicitly {@link troupe.v1.Lifecycle.verify|verify} messages.
             * @param m Lifecycle message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.Lifecycle.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Lifecycle message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.Lifecycle & troupe.v1.Lifecycle.$Shape} Lifecycle
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.Lifecycle & troupe.v1.Lifecycle.$Shape;
        }

        namespace Lifecycle {

            /** Properties of a Lifecycle. */
            interface $Properties {

                /** Lifecycle postStart */
                postStart?: troupe.v1.LifecycleHandler.$Properties;

                /** Lifecycle preStop */
                preStop?: troupe.v1.LifecycleHandler.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Lifecycle. */
            type $Shape = troupe.v1.Lifecycle.$Properties;
        }

        /**
         * Properties of a Capabilities.
         * @deprecated Use troupe.v1.Capabilities.$Properties instead.
         */
        interface ICapabilities extends troupe.v1.Capabilities.$Properties {
        }

        /** Represents a Capabilities. */
        class Capabilities {

            /**
             * Constructs a new Capabilities.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.Capabilities.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Capabilities add. */
            add: string[];

            /** Capabilities drop. */
            drop: string[];

            /**
             * Creates a new Capabilities instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Capabilities instance
             */
            static create(properties: troupe.v1.Capabilities.$Shape): troupe.v1.Capabilities & troupe.v1.Capabilities.$Shape;
            static create(properties?: troupe.v1.Capabilities.$Properties): troupe.v1.Capabilities;

            /**
             * Encodes the specified Capabilities message. Does not implicitly {@link troupe.v1.Capabilities.verify|verify} messages.
             * @param m Capabilities message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.Capabilities.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Capabilities message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.Capabilities & troupe.v1.Capabilities.$Shape} Capabilities
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.Capabilities & troupe.v1.Capabilities.$Shape;
        }

        namespace Capabilities {

            /** Properties of a Capabilities. */
            interface $Properties {

                /** Capabilities add */
                add?: string[];

                /** Capabilities drop */
                drop?: string[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Capabilities. */
            type $Shape = troupe.v1.Capabilities.$Properties;
        }

        /**
         * Properties of a SeccompProfile.
         * @deprecated Use troupe.v1.SeccompProfile.$Properties instead.
         */
        interface ISeccompProfile extends troupe.v1.SeccompProfile.$Properties {
        }

        /** Represents a SeccompProfile. */
        class SeccompProfile {

            /**
             * Constructs a new SeccompProfile.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.SeccompProfile.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SeccompProfile type. */
            type: string;

            /** SeccompProfile localhostProfile. */
            localhostProfile: string;

            /**
             * Creates a new SeccompProfile instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SeccompProfile instance
             */
            static create(properties: troupe.v1.SeccompProfile.$Shape): troupe.v1.SeccompProfile & troupe.v1.SeccompProfile.$Shape;
            static create(properties?: troupe.v1.SeccompProfile.$Properties): troupe.v1.SeccompProfile;

            /**
             * Encodes the specified SeccompProfile message. Does not implicitly {@link troupe.v1.SeccompProfile.verify|verify} messages.
             * @param m SeccompProfile message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.SeccompProfile.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SeccompProfile message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.SeccompProfile & troupe.v1.SeccompProfile.$Shape} SeccompProfile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.SeccompProfile & troupe.v1.SeccompProfile.$Shape;
        }

        namespace SeccompProfile {

            /** Properties of a SeccompProfile. */
            interface $Properties {

                /** SeccompProfile type */
                type?: string;

                /** SeccompProfile localhostProfile */
                localhostProfile?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SeccompProfile. */
            type $Shape = troupe.v1.SeccompProfile.$Properties;
        }

        /**
         * Properties of an AppArmorProfile.
         * @deprecated Use troupe.v1.AppArmorProfile.$Properties instead.
         */
        interface IAppArmorProfile extends troupe.v1.AppArmorProfile.$Properties {
        }

        /** Represents an AppArmorProfile. */
        class AppArmorProfile {

            /**
             * Constructs a new AppArmorProfile.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.AppArmorProfile.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AppArmorProfile type. */
            type: string;

            /** AppArmorProfile localhostProfile. */
            localhostProfile: string;

            /**
             * Creates a new AppArmorProfile instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AppArmorProfile instance
             */
            static create(properties: troupe.v1.AppArmorProfile.$Shape): troupe.v1.AppArmorProfile & troupe.v1.AppArmorProfile.$Shape;
            static create(properties?: troupe.v1.AppArmorProfile.$Properties): troupe.v1.AppArmorProfile;

            /**
             * Encodes the specified AppArmorProfile message. Does not implicitly {@link troupe.v1.AppArmorProfile.verify|verify} messages.
             * @param m AppArmorProfile message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.AppArmorProfile.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AppArmorProfile message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.AppArmorProfile & troupe.v1.AppArmorProfile.$Shape} AppArmorProfile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.AppArmorProfile & troupe.v1.AppArmorProfile.$Shape;
        }

        namespace AppArmorProfile {

            /** Properties of an AppArmorProfile. */
            interface $Properties {

                /** AppArmorProfile type */
                type?: string;

                /** AppArmorProfile localhostProfile */
                localhostProfile?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AppArmorProfile. */
            type $Shape = troupe.v1.AppArmorProfile.$Properties;
        }

        /**
         * Properties of a SELinuxOptions.
         * @deprecated Use troupe.v1.SELinuxOptions.$Properties instead.
         */
        interface ISELinuxOptions extends troupe.v1.SELinuxOptions.$Properties {
        }

        /** Represents a SELinuxOptions. */
        class SELinuxOptions {

            /**
             * Constructs a new SELinuxOptions.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.SELinuxOptions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SELinuxOptions user. */
            user: string;

            /** SELinuxOptions role. */
            role: string;

            /** SELinuxOptions type. */
            type: string;

            /** SELinuxOptions level. */
            level: string;

            /**
             * Creates a new SELinuxOptions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SELinuxOptions instance
             */
            static create(properties: troupe.v1.SELinuxOptions.$Shape): troupe.v1.SELinuxOptions & troupe.v1.SELinuxOptions.$Shape;
            static create(properties?: troupe.v1.SELinuxOptions.$Properties): troupe.v1.SELinuxOptions;

            /**
             * Encodes the specified SELinuxOptions message. Does not implicitly {@link troupe.v1.SELinuxOptions.verify|verify} messages.
             * @param m SELinuxOptions message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.SELinuxOptions.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SELinuxOptions message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.SELinuxOptions & troupe.v1.SELinuxOptions.$Shape} SELinuxOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.SELinuxOptions & troupe.v1.SELinuxOptions.$Shape;
        }

        namespace SELinuxOptions {

            /** Properties of a SELinuxOptions. */
            interface $Properties {

                /** SELinuxOptions user */
                user?: string;

                /** SELinuxOptions role */
                role?: string;

                /** SELinuxOptions type */
                type?: string;

                /** SELinuxOptions level */
                level?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SELinuxOptions. */
            type $Shape = troupe.v1.SELinuxOptions.$Properties;
        }

        /**
         * Properties of a WindowsSecurityContextOptions.
         * @deprecated Use troupe.v1.WindowsSecurityContextOptions.$Properties instead.
         */
        interface IWindowsSecurityContextOptions extends troupe.v1.WindowsSecurityContextOptions.$Properties {
        }

        /** Represents a WindowsSecurityContextOptions. */
        class WindowsSecurityContextOptions {

            /**
             * Constructs a new WindowsSecurityContextOptions.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.WindowsSecurityContextOptions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WindowsSecurityContextOptions gmsaCredentialSpecName. */
            gmsaCredentialSpecName: string;

            /** WindowsSecurityContextOptions gmsaCredentialSpec. */
            gmsaCredentialSpec: string;

            /** WindowsSecurityContextOptions runAsUserName. */
            runAsUserName: string;

            /** WindowsSecurityContextOptions hostProcess. */
            hostProcess: (boolean|null);

            /**
             * Creates a new WindowsSecurityContextOptions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WindowsSecurityContextOptions instance
             */
            static create(properties: troupe.v1.WindowsSecurityContextOptions.$Shape): troupe.v1.WindowsSecurityContextOptions & troupe.v1.WindowsSecurityContextOptions.$Shape;
            static create(properties?: troupe.v1.WindowsSecurityContextOptions.$Properties): troupe.v1.WindowsSecurityContextOptions;

            /**
             * Encodes the specified WindowsSecurityContextOptions message. Does not implicitly {@link troupe.v1.WindowsSecurityContextOptions.verify|verify} messages.
             * @param m WindowsSecurityContextOptions message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.WindowsSecurityContextOptions.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WindowsSecurityContextOptions message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.WindowsSecurityContextOptions & troupe.v1.WindowsSecurityContextOptions.$Shape} WindowsSecurityContextOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.WindowsSecurityContextOptions & troupe.v1.WindowsSecurityContextOptions.$Shape;
        }

        namespace WindowsSecurityContextOptions {

            /** Properties of a WindowsSecurityContextOptions. */
            interface $Properties {

                /** WindowsSecurityContextOptions gmsaCredentialSpecName */
                gmsaCredentialSpecName?: string;

                /** WindowsSecurityContextOptions gmsaCredentialSpec */
                gmsaCredentialSpec?: string;

                /** WindowsSecurityContextOptions runAsUserName */
                runAsUserName?: string;

                /** WindowsSecurityContextOptions hostProcess */
                hostProcess?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WindowsSecurityContextOptions. */
            type $Shape = troupe.v1.WindowsSecurityContextOptions.$Properties;
        }

        /**
         * Properties of a Sysctl.
         * @deprecated Use troupe.v1.Sysctl.$Properties instead.
         */
        interface ISysctl extends troupe.v1.Sysctl.$Properties {
        }

        /** Represents a Sysctl. */
        class Sysctl {

            /**
             * Constructs a new Sysctl.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.Sysctl.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Sysctl name. */
            name: string;

            /** Sysctl value. */
            value: string;

            /**
             * Creates a new Sysctl instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Sysctl instance
             */
            static create(properties: troupe.v1.Sysctl.$Shape): troupe.v1.Sysctl & troupe.v1.Sysctl.$Shape;
            static create(properties?: troupe.v1.Sysctl.$Properties): troupe.v1.Sysctl;

            /**
             * Encodes the specified Sysctl message. Does not implicitly {@link troupe.v1.Sysctl.verify|verify} messages.
             * @param m Sysctl message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.Sysctl.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Sysctl message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.Sysctl & troupe.v1.Sysctl.$Shape} Sysctl
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.Sysctl & troupe.v1.Sysctl.$Shape;
        }

        namespace Sysctl {

            /** Properties of a Sysctl. */
            interface $Properties {

                /** Sysctl name */
                name?: string;

                /** Sysctl value */
                value?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Sysctl. */
            type $Shape = troupe.v1.Sysctl.$Properties;
        }

        /**
         * Properties of a SecurityContext.
         * @deprecated Use troupe.v1.SecurityContext.$Properties instead.
         */
        interface ISecurityContext extends troupe.v1.SecurityContext.$Properties {
        }

        /** Represents a SecurityContext. */
        class SecurityContext {

            /**
             * Constructs a new SecurityContext.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.SecurityContext.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SecurityContext runAsUser. */
            runAsUser: (number|null);

            /** SecurityContext runAsGroup. */
            runAsGroup: (number|null);

            /** SecurityContext runAsNonRoot. */
            runAsNonRoot: (boolean|null);

            /** SecurityContext readOnlyRootFilesystem. */
            readOnlyRootFilesystem: (boolean|null);

            /** SecurityContext privileged. */
            privileged: (boolean|null);

            /** SecurityContext allowPrivilegeEscalation. */
            allowPrivilegeEscalation: (boolean|null);

            /** SecurityContext capabilities. */
            capabilities: troupe.v1.Capabilities;

            /** SecurityContext seLinuxOptions. */
            seLinuxOptions: troupe.v1.SELinuxOptions;

            /** SecurityContext windowsOptions. */
            windowsOptions: troupe.v1.WindowsSecurityContextOptions;

            /** SecurityContext procMount. */
            procMount: string;

            /** SecurityContext seccompProfile. */
            seccompProfile: troupe.v1.SeccompProfile;

            /** SecurityContext appArmorProfile. */
            appArmorProfile: troupe.v1.AppArmorProfile;

            /**
             * Creates a new SecurityContext instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SecurityContext instance
             */
            static create(properties: troupe.v1.SecurityContext.$Shape): troupe.v1.SecurityContext & troupe.v1.SecurityContext.$Shape;
            static create(properties?: troupe.v1.SecurityContext.$Properties): troupe.v1.SecurityContext;

            /**
             * Encodes the specified SecurityContext message. Does not implicitly {@link troupe.v1.SecurityContext.verify|verify} messages.
             * @param m SecurityContext message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.SecurityContext.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SecurityContext message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.SecurityContext & troupe.v1.SecurityContext.$Shape} SecurityContext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.SecurityContext & troupe.v1.SecurityContext.$Shape;
        }

        namespace SecurityContext {

            /** Properties of a SecurityContext. */
            interface $Properties {

                /** SecurityContext runAsUser */
                runAsUser?: (number|null);

                /** SecurityContext runAsGroup */
                runAsGroup?: (number|null);

                /** SecurityContext runAsNonRoot */
                runAsNonRoot?: (boolean|null);

                /** SecurityContext readOnlyRootFilesystem */
                readOnlyRootFilesystem?: (boolean|null);

                /** SecurityContext privileged */
                privileged?: (boolean|null);

                /** SecurityContext allowPrivilegeEscalation */
                allowPrivilegeEscalation?: (boolean|null);

                /** SecurityContext capabilities */
                capabilities?: troupe.v1.Capabilities.$Properties;

                /** SecurityContext seLinuxOptions */
                seLinuxOptions?: troupe.v1.SELinuxOptions.$Properties;

                /** SecurityContext windowsOptions */
                windowsOptions?: troupe.v1.WindowsSecurityContextOptions.$Properties;

                /** SecurityContext procMount */
                procMount?: string;

                /** SecurityContext seccompProfile */
                seccompProfile?: troupe.v1.SeccompProfile.$Properties;

                /** SecurityContext appArmorProfile */
                appArmorProfile?: troupe.v1.AppArmorProfile.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SecurityContext. */
            type $Shape = troupe.v1.SecurityContext.$Properties;
        }

        /**
         * Properties of a PodSecurityContext.
         * @deprecated Use troupe.v1.PodSecurityContext.$Properties instead.
         */
        interface IPodSecurityContext extends troupe.v1.PodSecurityContext.$Properties {
        }

        /** Represents a PodSecurityContext. */
        class PodSecurityContext {

            /**
             * Constructs a new PodSecurityContext.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PodSecurityContext.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PodSecurityContext runAsUser. */
            runAsUser: (number|null);

            /** PodSecurityContext runAsGroup. */
            runAsGroup: (number|null);

            /** PodSecurityContext runAsNonRoot. */
            runAsNonRoot: (boolean|null);

            /** PodSecurityContext fsGroup. */
            fsGroup: (number|null);

            /** PodSecurityContext supplementalGroups. */
            supplementalGroups: number[];

            /** PodSecurityContext seLinuxOptions. */
            seLinuxOptions: troupe.v1.SELinuxOptions;

            /** PodSecurityContext windowsOptions. */
            windowsOptions: troupe.v1.WindowsSecurityContextOptions;

            /** PodSecurityContext sysctls. */
            sysctls: troupe.v1.Sysctl[];

            /** PodSecurityContext seccompProfile. */
            seccompProfile: troupe.v1.SeccompProfile;

            /** PodSecurityContext appArmorProfile. */
            appArmorProfile: troupe.v1.AppArmorProfile;

            /**
             * Creates a new PodSecurityContext instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodSecurityContext instance
             */
            static create(properties: troupe.v1.PodSecurityContext.$Shape): troupe.v1.PodSecurityContext & troupe.v1.PodSecurityContext.$Shape;
            static create(properties?: troupe.v1.PodSecurityContext.$Properties): troupe.v1.PodSecurityContext;

            /**
             * Encodes the specified PodSecurityContext message. Does not implicitly {@link troupe.v1.PodSecurityContext.verify|verify} messages.
             * @param m PodSecurityContext message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PodSecurityContext.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodSecurityContext message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PodSecurityContext & troupe.v1.PodSecurityContext.$Shape} PodSecurityContext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PodSecurityContext & troupe.v1.PodSecurityContext.$Shape;
        }

        namespace PodSecurityContext {

            /** Properties of a PodSecurityContext. */
            interface $Properties {

                /** PodSecurityContext runAsUser */
                runAsUser?: (number|null);

                /** PodSecurityContext runAsGroup */
                runAsGroup?: (number|null);

                /** PodSecurityContext runAsNonRoot */
                runAsNonRoot?: (boolean|null);

                /** PodSecurityContext fsGroup */
                fsGroup?: (number|null);

                /** PodSecurityContext supplementalGroups */
                supplementalGroups?: number[];

                /** PodSecurityContext seLinuxOptions */
                seLinuxOptions?: troupe.v1.SELinuxOptions.$Properties;

                /** PodSecurityContext windowsOptions */
                windowsOptions?: troupe.v1.WindowsSecurityContextOptions.$Properties;

                /** PodSecurityContext sysctls */
                sysctls?: troupe.v1.Sysctl.$Properties[];

                /** PodSecurityContext seccompProfile */
                seccompProfile?: troupe.v1.SeccompProfile.$Properties;

                /** PodSecurityContext appArmorProfile */
                appArmorProfile?: troupe.v1.AppArmorProfile.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PodSecurityContext. */
            type $Shape = troupe.v1.PodSecurityContext.$Properties;
        }

        /**
         * Properties of a Container.
         * @deprecated Use troupe.v1.Container.$Properties instead.
         */
        interface IContainer extends troupe.v1.Container.$Properties {
        }

        /** Represents a Container. */
        class Container {

            /**
             * Constructs a new Container.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.Container.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Container name. */
            name: string;

            /** Container image. */
            image: string;

            /** Container command. */
            command: string[];

            /** Container args. */
            args: string[];

            /** Container workingDir. */
            workingDir: string;

            /** Container ports. */
            ports: troupe.v1.ContainerPort[];

            /** Container envFrom. */
            envFrom: troupe.v1.EnvFromSource[];

            /** Container env. */
            env: troupe.v1.EnvVar[];

            /** Container resources. */
            resources: troupe.v1.ResourceRequirements;

            /** Container volumeMounts. */
            volumeMounts: troupe.v1.VolumeMount[];

            /** Container livenessProbe. */
            livenessProbe: troupe.v1.Probe;

            /** Container readinessProbe. */
            readinessProbe: troupe.v1.Probe;

            /** Container startupProbe. */
            startupProbe: troupe.v1.Probe;

            /** Container lifecycle. */
            lifecycle: troupe.v1.Lifecycle;

            /** Container terminationMessagePath. */
            terminationMessagePath: string;

            /** Container terminationMessagePolicy. */
            terminationMessagePolicy: string;

            /** Container imagePullPolicy. */
            imagePullPolicy: string;

            /** Container securityContext. */
            securityContext: troupe.v1.SecurityContext;

            /** Container stdin. */
            stdin: (boolean|null);

            /** Container tty. */
            tty: (boolean|null);

            /** Container restartPolicy. */
            restartPolicy: string;

            /** Container stdinOnce. */
            stdinOnce: (boolean|null);

            /**
             * Creates a new Container instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Container instance
             */
            static create(properties: troupe.v1.Container.$Shape): troupe.v1.Container & troupe.v1.Container.$Shape;
            static create(properties?: troupe.v1.Container.$Properties): troupe.v1.Container;

            /**
             * Encodes the specified Container message. Does not implicitly {@link troupe.v1.Container.verify|verify} messages.
             * @param m Container message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.Container.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Container message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.Container & troupe.v1.Container.$Shape} Container
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.Container & troupe.v1.Container.$Shape;
        }

        namespace Container {

            /** Properties of a Container. */
            interface $Properties {

                /** Container name */
                name?: string;

                /** Container image */
                image?: string;

                /** Container command */
                command?: string[];

                /** Container args */
                args?: string[];

                /** Container workingDir */
                workingDir?: string;

                /** Container ports */
                ports?: troupe.v1.ContainerPort.$Properties[];

                /** Container envFrom */
                envFrom?: troupe.v1.EnvFromSource.$Properties[];

                /** Container env */
                env?: troupe.v1.EnvVar.$Properties[];

                /** Container resources */
                resources?: troupe.v1.ResourceRequirements.$Properties;

                /** Container volumeMounts */
                volumeMounts?: troupe.v1.VolumeMount.$Properties[];

                /** Container livenessProbe */
                livenessProbe?: troupe.v1.Probe.$Properties;

                /** Container readinessProbe */
                readinessProbe?: troupe.v1.Probe.$Properties;

                /** Container startupProbe */
                startupProbe?: troupe.v1.Probe.$Properties;

                /** Container lifecycle */
                lifecycle?: troupe.v1.Lifecycle.$Properties;

                /** Container terminationMessagePath */
                terminationMessagePath?: string;

                /** Container terminationMessagePolicy */
                terminationMessagePolicy?: string;

                /** Container imagePullPolicy */
                imagePullPolicy?: string;

                /** Container securityContext */
                securityContext?: troupe.v1.SecurityContext.$Properties;

                /** Container stdin */
                stdin?: (boolean|null);

                /** Container tty */
                tty?: (boolean|null);

                /** Container restartPolicy */
                restartPolicy?: string;

                /** Container stdinOnce */
                stdinOnce?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Container. */
            type $Shape = troupe.v1.Container.$Properties;
        }

        /**
         * Properties of a KeyToPath.
         * @deprecated Use troupe.v1.KeyToPath.$Properties instead.
         */
        interface IKeyToPath extends troupe.v1.KeyToPath.$Properties {
        }

        /** Represents a KeyToPath. */
        class KeyToPath {

            /**
             * Constructs a new KeyToPath.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.KeyToPath.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KeyToPath key. */
            key: string;

            /** KeyToPath path. */
            path: string;

            /** KeyToPath mode. */
            mode: (number|null);

            /**
             * Creates a new KeyToPath instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KeyToPath instance
             */
            static create(properties: troupe.v1.KeyToPath.$Shape): troupe.v1.KeyToPath & troupe.v1.KeyToPath.$Shape;
            static create(properties?: troupe.v1.KeyToPath.$Properties): troupe.v1.KeyToPath;

            /**
             * Encodes the specified KeyToPath message. Does not implicitly {@link troupe.v1.KeyToPath.verify|verify} messages.
             * @param m KeyToPath message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.KeyToPath.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KeyToPath message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.KeyToPath & troupe.v1.KeyToPath.$Shape} KeyToPath
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.KeyToPath & troupe.v1.KeyToPath.$Shape;
        }

        namespace KeyToPath {

            /** Properties of a KeyToPath. */
            interface $Properties {

                /** KeyToPath key */
                key?: string;

                /** KeyToPath path */
                path?: string;

                /** KeyToPath mode */
                mode?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KeyToPath. */
            type $Shape = troupe.v1.KeyToPath.$Properties;
        }

        /**
         * Properties of an EmptyDirVolumeSource.
         * @deprecated Use troupe.v1.EmptyDirVolumeSource.$Properties instead.
         */
        interface IEmptyDirVolumeSource extends troupe.v1.EmptyDirVolumeSource.$Properties {
        }

        /** Represents an EmptyDirVolumeSource. */
        class EmptyDirVolumeSource {

            /**
             * Constructs a new EmptyDirVolumeSource.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.EmptyDirVolumeSource.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EmptyDirVolumeSource medium. */
            medium: string;

            /** EmptyDirVolumeSource sizeLimit. */
            sizeLimit: string;

            /**
             * Creates a new EmptyDirVolumeSource instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EmptyDirVolumeSource instance
             */
            static create(properties: troupe.v1.EmptyDirVolumeSource.$Shape): troupe.v1.EmptyDirVolumeSource & troupe.v1.EmptyDirVolumeSource.$Shape;
            static create(properties?: troupe.v1.EmptyDirVolumeSource.$Properties): troupe.v1.EmptyDirVolumeSource;

            /**
             * Encodes the specified EmptyDirVolumeSource message. Does not implicitly {@link troupe.v1.EmptyDirVolumeSource.verify|verify} messages.
             * @param m EmptyDirVolumeSource message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.EmptyDirVolumeSource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EmptyDirVolumeSource message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.EmptyDirVolumeSource & troupe.v1.EmptyDirVolumeSource.$Shape} EmptyDirVolumeSource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.EmptyDirVolumeSource & troupe.v1.EmptyDirVolumeSource.$Shape;
        }

        namespace EmptyDirVolumeSource {

            /** Properties of an EmptyDirVolumeSource. */
            interface $Properties {

                /** EmptyDirVolumeSource medium */
                medium?: string;

                /** EmptyDirVolumeSource sizeLimit */
                sizeLimit?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EmptyDirVolumeSource. */
            type $Shape = troupe.v1.EmptyDirVolumeSource.$Properties;
        }

        /**
         * Properties of a HostPathVolumeSource.
         * @deprecated Use troupe.v1.HostPathVolumeSource.$Properties instead.
         */
        interface IHostPathVolumeSource extends troupe.v1.HostPathVolumeSource.$Properties {
        }

        /** Represents a HostPathVolumeSource. */
        class HostPathVolumeSource {

            /**
             * Constructs a new HostPathVolumeSource.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.HostPathVolumeSource.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HostPathVolumeSource path. */
            path: string;

            /** HostPathVolumeSource type. */
            type: string;

            /**
             * Creates a new HostPathVolumeSource instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HostPathVolumeSource instance
             */
            static create(properties: troupe.v1.HostPathVolumeSource.$Shape): troupe.v1.HostPathVolumeSource & troupe.v1.HostPathVolumeSource.$Shape;
            static create(properties?: troupe.v1.HostPathVolumeSource.$Properties): troupe.v1.HostPathVolumeSource;

            /**
             * Encodes the specified HostPathVolumeSource message. Does not implicitly {@link troupe.v1.HostPathVolumeSource.verify|verify} messages.
             * @param m HostPathVolumeSource message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.HostPathVolumeSource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HostPathVolumeSource message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.HostPathVolumeSource & troupe.v1.HostPathVolumeSource.$Shape} HostPathVolumeSource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.HostPathVolumeSource & troupe.v1.HostPathVolumeSource.$Shape;
        }

        namespace HostPathVolumeSource {

            /** Properties of a HostPathVolumeSource. */
            interface $Properties {

                /** HostPathVolumeSource path */
                path?: string;

                /** HostPathVolumeSource type */
                type?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HostPathVolumeSource. */
            type $Shape = troupe.v1.HostPathVolumeSource.$Properties;
        }

        /**
         * Properties of a ConfigMapVolumeSource.
         * @deprecated Use troupe.v1.ConfigMapVolumeSource.$Properties instead.
         */
        interface IConfigMapVolumeSource extends troupe.v1.ConfigMapVolumeSource.$Properties {
        }

        /** Represents a ConfigMapVolumeSource. */
        class ConfigMapVolumeSource {

            /**
             * Constructs a new ConfigMapVolumeSource.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ConfigMapVolumeSource.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfigMapVolumeSource name. */
            name: string;

            /** ConfigMapVolumeSource items. */
            items: troupe.v1.KeyToPath[];

            /** ConfigMapVolumeSource defaultMode. */
            defaultMode: (number|null);

            /** ConfigMapVolumeSource optional. */
            optional: (boolean|null);

            /**
             * Creates a new ConfigMapVolumeSource instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfigMapVolumeSource instance
             */
            static create(properties: troupe.v1.ConfigMapVolumeSource.$Shape): troupe.v1.ConfigMapVolumeSource & troupe.v1.ConfigMapVolumeSource.$Shape;
            static create(properties?: troupe.v1.ConfigMapVolumeSource.$Properties): troupe.v1.ConfigMapVolumeSource;

            /**
             * Encodes the specified ConfigMapVolumeSource message. Does not implicitly {@link troupe.v1.ConfigMapVolumeSource.verify|verify} messages.
             * @param m ConfigMapVolumeSource message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ConfigMapVolumeSource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfigMapVolumeSource message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ConfigMapVolumeSource & troupe.v1.ConfigMapVolumeSource.$Shape} ConfigMapVolumeSource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ConfigMapVolumeSource & troupe.v1.ConfigMapVolumeSource.$Shape;
        }

        namespace ConfigMapVolumeSource {

            /** Properties of a ConfigMapVolumeSource. */
            interface $Properties {

                /** ConfigMapVolumeSource name */
                name?: string;

                /** ConfigMapVolumeSource items */
                items?: troupe.v1.KeyToPath.$Properties[];

                /** ConfigMapVolumeSource defaultMode */
                defaultMode?: (number|null);

                /** ConfigMapVolumeSource optional */
                optional?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfigMapVolumeSource. */
            type $Shape = troupe.v1.ConfigMapVolumeSource.$Properties;
        }

        /**
         * Properties of a SecretVolumeSource.
         * @deprecated Use troupe.v1.SecretVolumeSource.$Properties instead.
         */
        interface ISecretVolumeSource extends troupe.v1.SecretVolumeSource.$Properties {
        }

        /** Represents a SecretVolumeSource. */
        class SecretVolumeSource {

            /**
             * Constructs a new SecretVolumeSource.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.SecretVolumeSource.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SecretVolumeSource secretName. */
            secretName: string;

            /** SecretVolumeSource items. */
            items: troupe.v1.KeyToPath[];

            /** SecretVolumeSource defaultMode. */
            defaultMode: (number|null);

            /** SecretVolumeSource optional. */
            optional: (boolean|null);

            /**
             * Creates a new SecretVolumeSource instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SecretVolumeSource instance
             */
            static create(properties: troupe.v1.SecretVolumeSource.$Shape): troupe.v1.SecretVolumeSource & troupe.v1.SecretVolumeSource.$Shape;
            static create(properties?: troupe.v1.SecretVolumeSource.$Properties): troupe.v1.SecretVolumeSource;

            /**
             * Encodes the specified SecretVolumeSource message. Does not implicitly {@link troupe.v1.SecretVolumeSource.verify|verify} messages.
             * @param m SecretVolumeSource message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.SecretVolumeSource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SecretVolumeSource message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.SecretVolumeSource & troupe.v1.SecretVolumeSource.$Shape} SecretVolumeSource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.SecretVolumeSource & troupe.v1.SecretVolumeSource.$Shape;
        }

        namespace SecretVolumeSource {

            /** Properties of a SecretVolumeSource. */
            interface $Properties {

                /** SecretVolumeSource secretName */
                secretName?: string;

                /** SecretVolumeSource items */
                items?: troupe.v1.KeyToPath.$Properties[];

                /** SecretVolumeSource defaultMode */
                defaultMode?: (number|null);

                /** SecretVolumeSource optional */
                optional?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SecretVolumeSource. */
            type $Shape = troupe.v1.SecretVolumeSource.$Properties;
        }

        /**
         * Properties of a PersistentVolumeClaimVolumeSource.
         * @deprecated Use troupe.v1.PersistentVolumeClaimVolumeSource.$Properties instead.
         */
        interface IPersistentVolumeClaimVolumeSource extends troupe.v1.PersistentVolumeClaimVolumeSource.$Properties {
        }

        /** Represents a PersistentVolumeClaimVolumeSource. */
        class PersistentVolumeClaimVolumeSource {

            /**
             * Constructs a new PersistentVolumeClaimVolumeSource.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PersistentVolumeClaimVolumeSource.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PersistentVolumeClaimVolumeSource claimName. */
            claimName: string;

            /** PersistentVolumeClaimVolumeSource readOnly. */
            readOnly: (boolean|null);

            /**
             * Creates a new PersistentVolumeClaimVolumeSource instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PersistentVolumeClaimVolumeSource instance
             */
            static create(properties: troupe.v1.PersistentVolumeClaimVolumeSource.$Shape): troupe.v1.PersistentVolumeClaimVolumeSource & troupe.v1.PersistentVolumeClaimVolumeSource.$Shape;
            static create(properties?: troupe.v1.PersistentVolumeClaimVolumeSource.$Properties): troupe.v1.PersistentVolumeClaimVolumeSource;

            /**
             * Encodes the specified PersistentVolumeClaimVolumeSource message. Does not implicitly {@link troupe.v1.PersistentVolumeClaimVolumeSource.verify|verify} messages.
             * @param m PersistentVolumeClaimVolumeSource message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PersistentVolumeClaimVolumeSource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PersistentVolumeClaimVolumeSource message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PersistentVolumeClaimVolumeSource & troupe.v1.PersistentVolumeClaimVolumeSource.$Shape} PersistentVolumeClaimVolumeSource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PersistentVolumeClaimVolumeSource & troupe.v1.PersistentVolumeClaimVolumeSource.$Shape;
        }

        namespace PersistentVolumeClaimVolumeSource {

            /** Properties of a PersistentVolumeClaimVolumeSource. */
            interface $Properties {

                /** PersistentVolumeClaimVolumeSource claimName */
                claimName?: string;

                /** PersistentVolumeClaimVolumeSource readOnly */
                readOnly?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PersistentVolumeClaimVolumeSource. */
            type $Shape = troupe.v1.PersistentVolumeClaimVolumeSource.$Properties;
        }

        /**
         * Properties of a DownwardAPIVolumeFile.
         * @deprecated Use troupe.v1.DownwardAPIVolumeFile.$Properties instead.
         */
        interface IDownwardAPIVolumeFile extends troupe.v1.DownwardAPIVolumeFile.$Properties {
        }

        /** Represents a DownwardAPIVolumeFile. */
        class DownwardAPIVolumeFile {

            /**
             * Constructs a new DownwardAPIVolumeFile.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.DownwardAPIVolumeFile.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DownwardAPIVolumeFile path. */
            path: string;

            /** DownwardAPIVolumeFile fieldRef. */
            fieldRef: troupe.v1.ObjectFieldSelector;

            /** DownwardAPIVolumeFile resourceFieldRef. */
            resourceFieldRef: troupe.v1.ResourceFieldSelector;

            /** DownwardAPIVolumeFile mode. */
            mode: (number|null);

            /**
             * Creates a new DownwardAPIVolumeFile instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DownwardAPIVolumeFile instance
             */
            static create(properties: troupe.v1.DownwardAPIVolumeFile.$Shape): troupe.v1.DownwardAPIVolumeFile & troupe.v1.DownwardAPIVolumeFile.$Shape;
            static create(properties?: troupe.v1.DownwardAPIVolumeFile.$Properties): troupe.v1.DownwardAPIVolumeFile;

            /**
             * Encodes the specified DownwardAPIVolumeFile message. Does not implicitly {@link troupe.v1.DownwardAPIVolumeFile.verify|verify} messages.
             * @param m DownwardAPIVolumeFile message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.DownwardAPIVolumeFile.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DownwardAPIVolumeFile message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.DownwardAPIVolumeFile & troupe.v1.DownwardAPIVolumeFile.$Shape} DownwardAPIVolumeFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.DownwardAPIVolumeFile & troupe.v1.DownwardAPIVolumeFile.$Shape;
        }

        namespace DownwardAPIVolumeFile {

            /** Properties of a DownwardAPIVolumeFile. */
            interface $Properties {

                /** DownwardAPIVolumeFile path */
                path?: string;

                /** DownwardAPIVolumeFile fieldRef */
                fieldRef?: troupe.v1.ObjectFieldSelector.$Properties;

                /** DownwardAPIVolumeFile resourceFieldRef */
                resourceFieldRef?: troupe.v1.ResourceFieldSelector.$Properties;

                /** DownwardAPIVolumeFile mode */
                mode?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DownwardAPIVolumeFile. */
            type $Shape = troupe.v1.DownwardAPIVolumeFile.$Properties;
        }

        /**
         * Properties of a DownwardAPIVolumeSource.
         * @deprecated Use troupe.v1.DownwardAPIVolumeSource.$Properties instead.
         */
        interface IDownwardAPIVolumeSource extends troupe.v1.DownwardAPIVolumeSource.$Properties {
        }

        /** Represents a DownwardAPIVolumeSource. */
        class DownwardAPIVolumeSource {

            /**
             * Constructs a new DownwardAPIVolumeSource.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.DownwardAPIVolumeSource.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DownwardAPIVolumeSource items. */
            items: troupe.v1.DownwardAPIVolumeFile[];

            /** DownwardAPIVolumeSource defaultMode. */
            defaultMode: (number|null);

            /**
             * Creates a new DownwardAPIVolumeSource instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DownwardAPIVolumeSource instance
             */
            static create(properties: troupe.v1.DownwardAPIVolumeSource.$Shape): troupe.v1.DownwardAPIVolumeSource & troupe.v1.DownwardAPIVolumeSource.$Shape;
            static create(properties?: troupe.v1.DownwardAPIVolumeSource.$Properties): troupe.v1.DownwardAPIVolumeSource;

            /**
             * Encodes the specified DownwardAPIVolumeSource message. Does not implicitly {@link troupe.v1.DownwardAPIVolumeSource.verify|verify} messages.
             * @param m DownwardAPIVolumeSource message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.DownwardAPIVolumeSource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DownwardAPIVolumeSource message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.DownwardAPIVolumeSource & troupe.v1.DownwardAPIVolumeSource.$Shape} DownwardAPIVolumeSource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.DownwardAPIVolumeSource & troupe.v1.DownwardAPIVolumeSource.$Shape;
        }

        namespace DownwardAPIVolumeSource {

            /** Properties of a DownwardAPIVolumeSource. */
            interface $Properties {

                /** DownwardAPIVolumeSource items */
                items?: troupe.v1.DownwardAPIVolumeFile.$Properties[];

                /** DownwardAPIVolumeSource defaultMode */
                defaultMode?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DownwardAPIVolumeSource. */
            type $Shape = troupe.v1.DownwardAPIVolumeSource.$Properties;
        }

        /**
         * Properties of a ConfigMapProjection.
         * @deprecated Use troupe.v1.ConfigMapProjection.$Properties instead.
         */
        interface IConfigMapProjection extends troupe.v1.ConfigMapProjection.$Properties {
        }

        /** Represents a ConfigMapProjection. */
        class ConfigMapProjection {

            /**
             * Constructs a new ConfigMapProjection.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ConfigMapProjection.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfigMapProjection name. */
            name: string;

            /** ConfigMapProjection items. */
            items: troupe.v1.KeyToPath[];

            /** ConfigMapProjection optional. */
            optional: (boolean|null);

            /**
             * Creates a new ConfigMapProjection instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfigMapProjection instance
             */
            static create(properties: troupe.v1.ConfigMapProjection.$Shape): troupe.v1.ConfigMapProjection & troupe.v1.ConfigMapProjection.$Shape;
            static create(properties?: troupe.v1.ConfigMapProjection.$Properties): troupe.v1.ConfigMapProjection;

            /**
             * Encodes the specified ConfigMapProjection message. Does not implicitly {@link troupe.v1.ConfigMapProjection.verify|verify} messages.
             * @param m ConfigMapProjection message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ConfigMapProjection.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfigMapProjection message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ConfigMapProjection & troupe.v1.ConfigMapProjection.$Shape} ConfigMapProjection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ConfigMapProjection & troupe.v1.ConfigMapProjection.$Shape;
        }

        namespace ConfigMapProjection {

            /** Properties of a ConfigMapProjection. */
            interface $Properties {

                /** ConfigMapProjection name */
                name?: string;

                /** ConfigMapProjection items */
                items?: troupe.v1.KeyToPath.$Properties[];

                /** ConfigMapProjection optional */
                optional?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfigMapProjection. */
            type $Shape = troupe.v1.ConfigMapProjection.$Properties;
        }

        /**
         * Properties of a SecretProjection.
         * @deprecated Use troupe.v1.SecretProjection.$Properties instead.
         */
        interface ISecretProjection extends troupe.v1.SecretProjection.$Properties {
        }

        /** Represents a SecretProjection. */
        class SecretProjection {

            /**
             * Constructs a new SecretProjection.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.SecretProjection.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SecretProjection name. */
            name: string;

            /** SecretProjection items. */
            items: troupe.v1.KeyToPath[];

            /** SecretProjection optional. */
            optional: (boolean|null);

            /**
             * Creates a new SecretProjection instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SecretProjection instance
             */
            static create(properties: troupe.v1.SecretProjection.$Shape): troupe.v1.SecretProjection & troupe.v1.SecretProjection.$Shape;
            static create(properties?: troupe.v1.SecretProjection.$Properties): troupe.v1.SecretProjection;

            /**
             * Encodes the specified SecretProjection message. Does not implicitly {@link troupe.v1.SecretProjection.verify|verify} messages.
             * @param m SecretProjection message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.SecretProjection.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SecretProjection message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.SecretProjection & troupe.v1.SecretProjection.$Shape} SecretProjection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.SecretProjection & troupe.v1.SecretProjection.$Shape;
        }

        namespace SecretProjection {

            /** Properties of a SecretProjection. */
            interface $Properties {

                /** SecretProjection name */
                name?: string;

                /** SecretProjection items */
                items?: troupe.v1.KeyToPath.$Properties[];

                /** SecretProjection optional */
                optional?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SecretProjection. */
            type $Shape = troupe.v1.SecretProjection.$Properties;
        }

        /**
         * Properties of a DownwardAPIProjection.
         * @deprecated Use troupe.v1.DownwardAPIProjection.$Properties instead.
         */
        interface IDownwardAPIProjection extends troupe.v1.DownwardAPIProjection.$Properties {
        }

        /** Represents a DownwardAPIProjection. */
        class DownwardAPIProjection {

            /**
             * Constructs a new DownwardAPIProjection.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.DownwardAPIProjection.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DownwardAPIProjection items. */
            items: troupe.v1.DownwardAPIVolumeFile[];

            /**
             * Creates a new DownwardAPIProjection instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DownwardAPIProjection instance
             */
            static create(properties: troupe.v1.DownwardAPIProjection.$Shape): troupe.v1.DownwardAPIProjection & troupe.v1.DownwardAPIProjection.$Shape;
            static create(properties?: troupe.v1.DownwardAPIProjection.$Properties): troupe.v1.DownwardAPIProjection;

            /**
             * Encodes the specified DownwardAPIProjection message. Does not implicitly {@link troupe.v1.DownwardAPIProjection.verify|verify} messages.
             * @param m DownwardAPIProjection message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.DownwardAPIProjection.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DownwardAPIProjection message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.DownwardAPIProjection & troupe.v1.DownwardAPIProjection.$Shape} DownwardAPIProjection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.DownwardAPIProjection & troupe.v1.DownwardAPIProjection.$Shape;
        }

        namespace DownwardAPIProjection {

            /** Properties of a DownwardAPIProjection. */
            interface $Properties {

                /** DownwardAPIProjection items */
                items?: troupe.v1.DownwardAPIVolumeFile.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DownwardAPIProjection. */
            type $Shape = troupe.v1.DownwardAPIProjection.$Properties;
        }

        /**
         * Properties of a ServiceAccountTokenProjection.
         * @deprecated Use troupe.v1.ServiceAccountTokenProjection.$Properties instead.
         */
        interface IServiceAccountTokenProjection extends troupe.v1.ServiceAccountTokenProjection.$Properties {
        }

        /** Represents a ServiceAccountTokenProjection. */
        class ServiceAccountTokenProjection {

            /**
             * Constructs a new ServiceAccountTokenProjection.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ServiceAccountTokenProjection.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServiceAccountTokenProjection audience. */
            audience: string;

            /** ServiceAccountTokenProjection expirationSeconds. */
            expirationSeconds: (number|null);

            /** ServiceAccountTokenProjection path. */
            path: string;

            /**
             * Creates a new ServiceAccountTokenProjection instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServiceAccountTokenProjection instance
             */
            static create(properties: troupe.v1.ServiceAccountTokenProjection.$Shape): troupe.v1.ServiceAccountTokenProjection & troupe.v1.ServiceAccountTokenProjection.$Shape;
            static create(properties?: troupe.v1.ServiceAccountTokenProjection.$Properties): troupe.v1.ServiceAccountTokenProjection;

            /**
             * Encodes the specified ServiceAccountTokenProjection message. Does not implicitly {@link troupe.v1.ServiceAccountTokenProjection.verify|verify} messages.
             * @param m ServiceAccountTokenProjection message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ServiceAccountTokenProjection.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServiceAccountTokenProjection message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ServiceAccountTokenProjection & troupe.v1.ServiceAccountTokenProjection.$Shape} ServiceAccountTokenProjection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ServiceAccountTokenProjection & troupe.v1.ServiceAccountTokenProjection.$Shape;
        }

        namespace ServiceAccountTokenProjection {

            /** Properties of a ServiceAccountTokenProjection. */
            interface $Properties {

                /** ServiceAccountTokenProjection audience */
                audience?: string;

                /** ServiceAccountTokenProjection expirationSeconds */
                expirationSeconds?: (number|null);

                /** ServiceAccountTokenProjection path */
                path?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ServiceAccountTokenProjection. */
            type $Shape = troupe.v1.ServiceAccountTokenProjection.$Properties;
        }

        /**
         * Properties of a VolumeProjection.
         * @deprecated Use troupe.v1.VolumeProjection.$Properties instead.
         */
        interface IVolumeProjection extends troupe.v1.VolumeProjection.$Properties {
        }

        /** Represents a VolumeProjection. */
        class VolumeProjection {

            /**
             * Constructs a new VolumeProjection.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.VolumeProjection.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VolumeProjection secret. */
            secret: troupe.v1.SecretProjection;

            /** VolumeProjection downwardAPI. */
            downwardAPI: troupe.v1.DownwardAPIProjection;

            /** VolumeProjection configMap. */
            configMap: troupe.v1.ConfigMapProjection;

            /** VolumeProjection serviceAccountToken. */
            serviceAccountToken: troupe.v1.ServiceAccountTokenProjection;

            /**
             * Creates a new VolumeProjection instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VolumeProjection instance
             */
            static create(properties: troupe.v1.VolumeProjection.$Shape): troupe.v1.VolumeProjection & troupe.v1.VolumeProjection.$Shape;
            static create(properties?: troupe.v1.VolumeProjection.$Properties): troupe.v1.VolumeProjection;

            /**
             * Encodes the specified VolumeProjection message. Does not implicitly {@link troupe.v1.VolumeProjection.verify|verify} messages.
             * @param m VolumeProjection message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.VolumeProjection.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VolumeProjection message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.VolumeProjection & troupe.v1.VolumeProjection.$Shape} VolumeProjection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.VolumeProjection & troupe.v1.VolumeProjection.$Shape;
        }

        namespace VolumeProjection {

            /** Properties of a VolumeProjection. */
            interface $Properties {

                /** VolumeProjection secret */
                secret?: troupe.v1.SecretProjection.$Properties;

                /** VolumeProjection downwardAPI */
                downwardAPI?: troupe.v1.DownwardAPIProjection.$Properties;

                /** VolumeProjection configMap */
                configMap?: troupe.v1.ConfigMapProjection.$Properties;

                /** VolumeProjection serviceAccountToken */
                serviceAccountToken?: troupe.v1.ServiceAccountTokenProjection.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VolumeProjection. */
            type $Shape = troupe.v1.VolumeProjection.$Properties;
        }

        /**
         * Properties of a ProjectedVolumeSource.
         * @deprecated Use troupe.v1.ProjectedVolumeSource.$Properties instead.
         */
        interface IProjectedVolumeSource extends troupe.v1.ProjectedVolumeSource.$Properties {
        }

        /** Represents a ProjectedVolumeSource. */
        class ProjectedVolumeSource {

            /**
             * Constructs a new ProjectedVolumeSource.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ProjectedVolumeSource.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProjectedVolumeSource sources. */
            sources: troupe.v1.VolumeProjection[];

            /** ProjectedVolumeSource defaultMode. */
            defaultMode: (number|null);

            /**
             * Creates a new ProjectedVolumeSource instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProjectedVolumeSource instance
             */
            static create(properties: troupe.v1.ProjectedVolumeSource.$Shape): troupe.v1.ProjectedVolumeSource & troupe.v1.ProjectedVolumeSource.$Shape;
            static create(properties?: troupe.v1.ProjectedVolumeSource.$Properties): troupe.v1.ProjectedVolumeSource;

            /**
             * Encodes the specified ProjectedVolumeSource message. Does not implicitly {@link troupe.v1.ProjectedVolumeSource.verify|verify} messages.
             * @param m ProjectedVolumeSource message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ProjectedVolumeSource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProjectedVolumeSource message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ProjectedVolumeSource & troupe.v1.ProjectedVolumeSource.$Shape} ProjectedVolumeSource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ProjectedVolumeSource & troupe.v1.ProjectedVolumeSource.$Shape;
        }

        namespace ProjectedVolumeSource {

            /** Properties of a ProjectedVolumeSource. */
            interface $Properties {

                /** ProjectedVolumeSource sources */
                sources?: troupe.v1.VolumeProjection.$Properties[];

                /** ProjectedVolumeSource defaultMode */
                defaultMode?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProjectedVolumeSource. */
            type $Shape = troupe.v1.ProjectedVolumeSource.$Properties;
        }

        /**
         * Properties of a Volume.
         * @deprecated Use troupe.v1.Volume.$Properties instead.
         */
        interface IVolume extends troupe.v1.Volume.$Properties {
        }

        /** Represents a Volume. */
        class Volume {

            /**
             * Constructs a new Volume.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.Volume.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Volume name. */
            name: string;

            /** Volume emptyDir. */
            emptyDir: troupe.v1.EmptyDirVolumeSource;

            /** Volume hostPath. */
            hostPath: troupe.v1.HostPathVolumeSource;

            /** Volume configMap. */
            configMap: troupe.v1.ConfigMapVolumeSource;

            /** Volume secret. */
            secret: troupe.v1.SecretVolumeSource;

            /** Volume persistentVolumeClaim. */
            persistentVolumeClaim: troupe.v1.PersistentVolumeClaimVolumeSource;

            /** Volume downwardAPI. */
            downwardAPI: troupe.v1.DownwardAPIVolumeSource;

            /** Volume projected. */
            projected: troupe.v1.ProjectedVolumeSource;

            /**
             * Creates a new Volume instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Volume instance
             */
            static create(properties: troupe.v1.Volume.$Shape): troupe.v1.Volume & troupe.v1.Volume.$Shape;
            static create(properties?: troupe.v1.Volume.$Properties): troupe.v1.Volume;

            /**
             * Encodes the specified Volume message. Does not implicitly {@link troupe.v1.Volume.verify|verify} messages.
             * @param m Volume message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.Volume.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Volume message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.Volume & troupe.v1.Volume.$Shape} Volume
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.Volume & troupe.v1.Volume.$Shape;
        }

        namespace Volume {

            /** Properties of a Volume. */
            interface $Properties {

                /** Volume name */
                name?: string;

                /** Volume emptyDir */
                emptyDir?: troupe.v1.EmptyDirVolumeSource.$Properties;

                /** Volume hostPath */
                hostPath?: troupe.v1.HostPathVolumeSource.$Properties;

                /** Volume configMap */
                configMap?: troupe.v1.ConfigMapVolumeSource.$Properties;

                /** Volume secret */
                secret?: troupe.v1.SecretVolumeSource.$Properties;

                /** Volume persistentVolumeClaim */
                persistentVolumeClaim?: troupe.v1.PersistentVolumeClaimVolumeSource.$Properties;

                /** Volume downwardAPI */
                downwardAPI?: troupe.v1.DownwardAPIVolumeSource.$Properties;

                /** Volume projected */
                projected?: troupe.v1.ProjectedVolumeSource.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Volume. */
            type $Shape = troupe.v1.Volume.$Properties;
        }

        /**
         * Properties of a NodeSelectorRequirement.
         * @deprecated Use troupe.v1.NodeSelectorRequirement.$Properties instead.
         */
        interface INodeSelectorRequirement extends troupe.v1.NodeSelectorRequirement.$Properties {
        }

        /** Represents a NodeSelectorRequirement. */
        class NodeSelectorRequirement {

            /**
             * Constructs a new NodeSelectorRequirement.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.NodeSelectorRequirement.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeSelectorRequirement key. */
            key: string;

            /** NodeSelectorRequirement operator. */
            operator: string;

            /** NodeSelectorRequirement values. */
            values: string[];

            /**
             * Creates a new NodeSelectorRequirement instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeSelectorRequirement instance
             */
            static create(properties: troupe.v1.NodeSelectorRequirement.$Shape): troupe.v1.NodeSelectorRequirement & troupe.v1.NodeSelectorRequirement.$Shape;
            static create(properties?: troupe.v1.NodeSelectorRequirement.$Properties): troupe.v1.NodeSelectorRequirement;

            /**
             * Encodes the specified NodeSelectorRequirement message. Does not implicitly {@link troupe.v1.NodeSelectorRequirement.verify|verify} messages.
             * @param m NodeSelectorRequirement message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.NodeSelectorRequirement.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeSelectorRequirement message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.NodeSelectorRequirement & troupe.v1.NodeSelectorRequirement.$Shape} NodeSelectorRequirement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.NodeSelectorRequirement & troupe.v1.NodeSelectorRequirement.$Shape;
        }

        namespace NodeSelectorRequirement {

            /** Properties of a NodeSelectorRequirement. */
            interface $Properties {

                /** NodeSelectorRequirement key */
                key?: string;

                /** NodeSelectorRequirement operator */
                operator?: string;

                /** NodeSelectorRequirement values */
                values?: string[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeSelectorRequirement. */
            type $Shape = troupe.v1.NodeSelectorRequirement.$Properties;
        }

        /**
         * Properties of a NodeSelectorTerm.
         * @deprecated Use troupe.v1.NodeSelectorTerm.$Properties instead.
         */
        interface INodeSelectorTerm extends troupe.v1.NodeSelectorTerm.$Properties {
        }

        /** Represents a NodeSelectorTerm. */
        class NodeSelectorTerm {

            /**
             * Constructs a new NodeSelectorTerm.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.NodeSelectorTerm.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeSelectorTerm matchExpressions. */
            matchExpressions: troupe.v1.NodeSelectorRequirement[];

            /** NodeSelectorTerm matchFields. */
            matchFields: troupe.v1.NodeSelectorRequirement[];

            /**
             * Creates a new NodeSelectorTerm instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeSelectorTerm instance
             */
            static create(properties: troupe.v1.NodeSelectorTerm.$Shape): troupe.v1.NodeSelectorTerm & troupe.v1.NodeSelectorTerm.$Shape;
            static create(properties?: troupe.v1.NodeSelectorTerm.$Properties): troupe.v1.NodeSelectorTerm;

            /**
             * Encodes the specified NodeSelectorTerm message. Does not implicitly {@link troupe.v1.NodeSelectorTerm.verify|verify} messages.
             * @param m NodeSelectorTerm message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.NodeSelectorTerm.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeSelectorTerm message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.NodeSelectorTerm & troupe.v1.NodeSelectorTerm.$Shape} NodeSelectorTerm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.NodeSelectorTerm & troupe.v1.NodeSelectorTerm.$Shape;
        }

        namespace NodeSelectorTerm {

            /** Properties of a NodeSelectorTerm. */
            interface $Properties {

                /** NodeSelectorTerm matchExpressions */
                matchExpressions?: troupe.v1.NodeSelectorRequirement.$Properties[];

                /** NodeSelectorTerm matchFields */
                matchFields?: troupe.v1.NodeSelectorRequirement.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeSelectorTerm. */
            type $Shape = troupe.v1.NodeSelectorTerm.$Properties;
        }

        /**
         * Properties of a NodeSelector.
         * @deprecated Use troupe.v1.NodeSelector.$Properties instead.
         */
        interface INodeSelector extends troupe.v1.NodeSelector.$Properties {
        }

        /** Represents a NodeSelector. */
        class NodeSelector {

            /**
             * Constructs a new NodeSelector.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.NodeSelector.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeSelector nodeSelectorTerms. */
            nodeSelectorTerms: troupe.v1.NodeSelectorTerm[];

            /**
             * Creates a new NodeSelector instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeSelector instance
             */
            static create(properties: troupe.v1.NodeSelector.$Shape): troupe.v1.NodeSelector & troupe.v1.NodeSelector.$Shape;
            static create(properties?: troupe.v1.NodeSelector.$Properties): troupe.v1.NodeSelector;

            /**
             * Encodes the specified NodeSelector message. Does not implicitly {@link troupe.v1.NodeSelector.verify|verify} messages.
             * @param m NodeSelector message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.NodeSelector.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeSelector message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.NodeSelector & troupe.v1.NodeSelector.$Shape} NodeSelector
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.NodeSelector & troupe.v1.NodeSelector.$Shape;
        }

        namespace NodeSelector {

            /** Properties of a NodeSelector. */
            interface $Properties {

                /** NodeSelector nodeSelectorTerms */
                nodeSelectorTerms?: troupe.v1.NodeSelectorTerm.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeSelector. */
            type $Shape = troupe.v1.NodeSelector.$Properties;
        }

        /**
         * Properties of a PreferredSchedulingTerm.
         * @deprecated Use troupe.v1.PreferredSchedulingTerm.$Properties instead.
         */
        interface IPreferredSchedulingTerm extends troupe.v1.PreferredSchedulingTerm.$Properties {
        }

        /** Represents a PreferredSchedulingTerm. */
        class PreferredSchedulingTerm {

            /**
             * Constructs a new PreferredSchedulingTerm.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PreferredSchedulingTerm.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PreferredSchedulingTerm weight. */
            weight: number;

            /** PreferredSchedulingTerm preference. */
            preference: troupe.v1.NodeSelectorTerm;

            /**
             * Creates a new PreferredSchedulingTerm instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PreferredSchedulingTerm instance
             */
            static create(properties: troupe.v1.PreferredSchedulingTerm.$Shape): troupe.v1.PreferredSchedulingTerm & troupe.v1.PreferredSchedulingTerm.$Shape;
            static create(properties?: troupe.v1.PreferredSchedulingTerm.$Properties): troupe.v1.PreferredSchedulingTerm;

            /**
             * Encodes the specified PreferredSchedulingTerm message. Does not implicitly {@link troupe.v1.PreferredSchedulingTerm.verify|verify} messages.
             * @param m PreferredSchedulingTerm message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PreferredSchedulingTerm.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PreferredSchedulingTerm message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PreferredSchedulingTerm & troupe.v1.PreferredSchedulingTerm.$Shape} PreferredSchedulingTerm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PreferredSchedulingTerm & troupe.v1.PreferredSchedulingTerm.$Shape;
        }

        namespace PreferredSchedulingTerm {

            /** Properties of a PreferredSchedulingTerm. */
            interface $Properties {

                /** PreferredSchedulingTerm weight */
                weight?: number;

                /** PreferredSchedulingTerm preference */
                preference?: troupe.v1.NodeSelectorTerm.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PreferredSchedulingTerm. */
            type $Shape = troupe.v1.PreferredSchedulingTerm.$Properties;
        }

        /**
         * Properties of a NodeAffinity.
         * @deprecated Use troupe.v1.NodeAffinity.$Properties instead.
         */
        interface INodeAffinity extends troupe.v1.NodeAffinity.$Properties {
        }

        /** Represents a NodeAffinity. */
        class NodeAffinity {

            /**
             * Constructs a new NodeAffinity.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.NodeAffinity.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeAffinity requiredDuringSchedulingIgnoredDuringExecution. */
            requiredDuringSchedulingIgnoredDuringExecution: troupe.v1.NodeSelector;

            /** NodeAffinity preferredDuringSchedulingIgnoredDuringExecution. */
            preferredDuringSchedulingIgnoredDuringExecution: troupe.v1.PreferredSchedulingTerm[];

            /**
             * Creates a new NodeAffinity instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeAffinity instance
             */
            static create(properties: troupe.v1.NodeAffinity.$Shape): troupe.v1.NodeAffinity & troupe.v1.NodeAffinity.$Shape;
            static create(properties?: troupe.v1.NodeAffinity.$Properties): troupe.v1.NodeAffinity;

            /**
             * Encodes the specified NodeAffinity message. Does not implicitly {@link troupe.v1.NodeAffinity.verify|verify} messages.
             * @param m NodeAffinity message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.NodeAffinity.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeAffinity message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.NodeAffinity & troupe.v1.NodeAffinity.$Shape} NodeAffinity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.NodeAffinity & troupe.v1.NodeAffinity.$Shape;
        }

        namespace NodeAffinity {

            /** Properties of a NodeAffinity. */
            interface $Properties {

                /** NodeAffinity requiredDuringSchedulingIgnoredDuringExecution */
                requiredDuringSchedulingIgnoredDuringExecution?: troupe.v1.NodeSelector.$Properties;

                /** NodeAffinity preferredDuringSchedulingIgnoredDuringExecution */
                preferredDuringSchedulingIgnoredDuringExecution?: troupe.v1.PreferredSchedulingTerm.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeAffinity. */
            type $Shape = troupe.v1.NodeAffinity.$Properties;
        }

        /**
         * Properties of a PodAffinityTerm.
         * @deprecated Use troupe.v1.PodAffinityTerm.$Properties instead.
         */
        interface IPodAffinityTerm extends troupe.v1.PodAffinityTerm.$Properties {
        }

        /** Represents a PodAffinityTerm. */
        class PodAffinityTerm {

            /**
             * Constructs a new PodAffinityTerm.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PodAffinityTerm.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PodAffinityTerm labelSelector. */
            labelSelector: troupe.v1.LabelSelector;

            /** PodAffinityTerm namespaces. */
            namespaces: string[];

            /** PodAffinityTerm topologyKey. */
            topologyKey: string;

            /** PodAffinityTerm namespaceSelector. */
            namespaceSelector: troupe.v1.LabelSelector;

            /** PodAffinityTerm matchLabelKeys. */
            matchLabelKeys: string[];

            /** PodAffinityTerm mismatchLabelKeys. */
            mismatchLabelKeys: string[];

            /**
             * Creates a new PodAffinityTerm instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodAffinityTerm instance
             */
            static create(properties: troupe.v1.PodAffinityTerm.$Shape): troupe.v1.PodAffinityTerm & troupe.v1.PodAffinityTerm.$Shape;
            static create(properties?: troupe.v1.PodAffinityTerm.$Properties): troupe.v1.PodAffinityTerm;

            /**
             * Encodes the specified PodAffinityTerm message. Does not implicitly {@link troupe.v1.PodAffinityTerm.verify|verify} messages.
             * @param m PodAffinityTerm message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PodAffinityTerm.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodAffinityTerm message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PodAffinityTerm & troupe.v1.PodAffinityTerm.$Shape} PodAffinityTerm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PodAffinityTerm & troupe.v1.PodAffinityTerm.$Shape;
        }

        namespace PodAffinityTerm {

            /** Properties of a PodAffinityTerm. */
            interface $Properties {

                /** PodAffinityTerm labelSelector */
                labelSelector?: troupe.v1.LabelSelector.$Properties;

                /** PodAffinityTerm namespaces */
                namespaces?: string[];

                /** PodAffinityTerm topologyKey */
                topologyKey?: string;

                /** PodAffinityTerm namespaceSelector */
                namespaceSelector?: troupe.v1.LabelSelector.$Properties;

                /** PodAffinityTerm matchLabelKeys */
                matchLabelKeys?: string[];

                /** PodAffinityTerm mismatchLabelKeys */
                mismatchLabelKeys?: string[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PodAffinityTerm. */
            type $Shape = troupe.v1.PodAffinityTerm.$Properties;
        }

        /**
         * Properties of a WeightedPodAffinityTerm.
         * @deprecated Use troupe.v1.WeightedPodAffinityTerm.$Properties instead.
         */
        interface IWeightedPodAffinityTerm extends troupe.v1.WeightedPodAffinityTerm.$Properties {
        }

        /** Represents a WeightedPodAffinityTerm. */
        class WeightedPodAffinityTerm {

            /**
             * Constructs a new WeightedPodAffinityTerm.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.WeightedPodAffinityTerm.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WeightedPodAffinityTerm weight. */
            weight: number;

            /** WeightedPodAffinityTerm podAffinityTerm. */
            podAffinityTerm: troupe.v1.PodAffinityTerm;

            /**
             * Creates a new WeightedPodAffinityTerm instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WeightedPodAffinityTerm instance
             */
            static create(properties: troupe.v1.WeightedPodAffinityTerm.$Shape): troupe.v1.WeightedPodAffinityTerm & troupe.v1.WeightedPodAffinityTerm.$Shape;
            static create(properties?: troupe.v1.WeightedPodAffinityTerm.$Properties): troupe.v1.WeightedPodAffinityTerm;

            /**
             * Encodes the specified WeightedPodAffinityTerm message. Does not implicitly {@link troupe.v1.WeightedPodAffinityTerm.verify|verify} messages.
             * @param m WeightedPodAffinityTerm message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.WeightedPodAffinityTerm.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WeightedPodAffinityTerm message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.WeightedPodAffinityTerm & troupe.v1.WeightedPodAffinityTerm.$Shape} WeightedPodAffinityTerm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.WeightedPodAffinityTerm & troupe.v1.WeightedPodAffinityTerm.$Shape;
        }

        namespace WeightedPodAffinityTerm {

            /** Properties of a WeightedPodAffinityTerm. */
            interface $Properties {

                /** WeightedPodAffinityTerm weight */
                weight?: number;

                /** WeightedPodAffinityTerm podAffinityTerm */
                podAffinityTerm?: troupe.v1.PodAffinityTerm.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WeightedPodAffinityTerm. */
            type $Shape = troupe.v1.WeightedPodAffinityTerm.$Properties;
        }

        /**
         * Properties of a PodAffinity.
         * @deprecated Use troupe.v1.PodAffinity.$Properties instead.
         */
        interface IPodAffinity extends troupe.v1.PodAffinity.$Properties {
        }

        /** Represents a PodAffinity. */
        class PodAffinity {

            /**
             * Constructs a new PodAffinity.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PodAffinity.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PodAffinity requiredDuringSchedulingIgnoredDuringExecution. */
            requiredDuringSchedulingIgnoredDuringExecution: troupe.v1.PodAffinityTerm[];

            /** PodAffinity preferredDuringSchedulingIgnoredDuringExecution. */
            preferredDuringSchedulingIgnoredDuringExecution: troupe.v1.WeightedPodAffinityTerm[];

            /**
             * Creates a new PodAffinity instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodAffinity instance
             */
            static create(properties: troupe.v1.PodAffinity.$Shape): troupe.v1.PodAffinity & troupe.v1.PodAffinity.$Shape;
            static create(properties?: troupe.v1.PodAffinity.$Properties): troupe.v1.PodAffinity;

            /**
             * Encodes the specified PodAffinity message. Does not implicitly {@link troupe.v1.PodAffinity.verify|verify} messages.
             * @param m PodAffinity message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PodAffinity.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodAffinity message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PodAffinity & troupe.v1.PodAffinity.$Shape} PodAffinity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PodAffinity & troupe.v1.PodAffinity.$Shape;
        }

        namespace PodAffinity {

            /** Properties of a PodAffinity. */
            interface $Properties {

                /** PodAffinity requiredDuringSchedulingIgnoredDuringExecution */
                requiredDuringSchedulingIgnoredDuringExecution?: troupe.v1.PodAffinityTerm.$Properties[];

                /** PodAffinity preferredDuringSchedulingIgnoredDuringExecution */
                preferredDuringSchedulingIgnoredDuringExecution?: troupe.v1.WeightedPodAffinityTerm.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PodAffinity. */
            type $Shape = troupe.v1.PodAffinity.$Properties;
        }

        /**
         * Properties of an Affinity.
         * @deprecated Use troupe.v1.Affinity.$Properties instead.
         */
        interface IAffinity extends troupe.v1.Affinity.$Properties {
        }

        /** Represents an Affinity. */
        class Affinity {

            /**
             * Constructs a new Affinity.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.Affinity.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Affinity nodeAffinity. */
            nodeAffinity: troupe.v1.NodeAffinity;

            /** Affinity podAffinity. */
            podAffinity: troupe.v1.PodAffinity;

            /** Affinity podAntiAffinity. */
            podAntiAffinity: troupe.v1.PodAffinity;

            /**
             * Creates a new Affinity instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Affinity instance
             */
            static create(properties: troupe.v1.Affinity.$Shape): troupe.v1.Affinity & troupe.v1.Affinity.$Shape;
            static create(properties?: troupe.v1.Affinity.$Properties): troupe.v1.Affinity;

            /**
             * Encodes the specified Affinity message. Does not implicitly {@link troupe.v1.Affinity.verify|verify} messages.
             * @param m Affinity message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.Affinity.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Affinity message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.Affinity & troupe.v1.Affinity.$Shape} Affinity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.Affinity & troupe.v1.Affinity.$Shape;
        }

        namespace Affinity {

            /** Properties of an Affinity. */
            interface $Properties {

                /** Affinity nodeAffinity */
                nodeAffinity?: troupe.v1.NodeAffinity.$Properties;

                /** Affinity podAffinity */
                podAffinity?: troupe.v1.PodAffinity.$Properties;

                /** Affinity podAntiAffinity */
                podAntiAffinity?: troupe.v1.PodAffinity.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Affinity. */
            type $Shape = troupe.v1.Affinity.$Properties;
        }

        /**
         * Properties of a Toleration.
         * @deprecated Use troupe.v1.Toleration.$Properties instead.
         */
        interface IToleration extends troupe.v1.Toleration.$Properties {
        }

        /** Represents a Toleration. */
        class Toleration {

            /**
             * Constructs a new Toleration.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.Toleration.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Toleration key. */
            key: string;

            /** Toleration operator. */
            operator: string;

            /** Toleration value. */
            value: string;

            /** Toleration effect. */
            effect: string;

            /** Toleration tolerationSeconds. */
            tolerationSeconds: (number|null);

            /**
             * Creates a new Toleration instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Toleration instance
             */
            static create(properties: troupe.v1.Toleration.$Shape): troupe.v1.Toleration & troupe.v1.Toleration.$Shape;
            static create(properties?: troupe.v1.Toleration.$Properties): troupe.v1.Toleration;

            /**
             * Encodes the specified Toleration message. Does not implicitly {@link troupe.v1.Toleration.verify|verify} messages.
             * @param m Toleration message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.Toleration.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Toleration message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.Toleration & troupe.v1.Toleration.$Shape} Toleration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.Toleration & troupe.v1.Toleration.$Shape;
        }

        namespace Toleration {

            /** Properties of a Toleration. */
            interface $Properties {

                /** Toleration key */
                key?: string;

                /** Toleration operator */
                operator?: string;

                /** Toleration value */
                value?: string;

                /** Toleration effect */
                effect?: string;

                /** Toleration tolerationSeconds */
                tolerationSeconds?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Toleration. */
            type $Shape = troupe.v1.Toleration.$Properties;
        }

        /**
         * Properties of a TopologySpreadConstraint.
         * @deprecated Use troupe.v1.TopologySpreadConstraint.$Properties instead.
         */
        interface ITopologySpreadConstraint extends troupe.v1.TopologySpreadConstraint.$Properties {
        }

        /** Represents a TopologySpreadConstraint. */
        class TopologySpreadConstraint {

            /**
             * Constructs a new TopologySpreadConstraint.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.TopologySpreadConstraint.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TopologySpreadConstraint maxSkew. */
            maxSkew: number;

            /** TopologySpreadConstraint topologyKey. */
            topologyKey: string;

            /** TopologySpreadConstraint whenUnsatisfiable. */
            whenUnsatisfiable: string;

            /** TopologySpreadConstraint labelSelector. */
            labelSelector: troupe.v1.LabelSelector;

            /** TopologySpreadConstraint minDomains. */
            minDomains: (number|null);

            /** TopologySpreadConstraint nodeAffinityPolicy. */
            nodeAffinityPolicy: string;

            /** TopologySpreadConstraint nodeTaintsPolicy. */
            nodeTaintsPolicy: string;

            /** TopologySpreadConstraint matchLabelKeys. */
            matchLabelKeys: string[];

            /**
             * Creates a new TopologySpreadConstraint instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TopologySpreadConstraint instance
             */
            static create(properties: troupe.v1.TopologySpreadConstraint.$Shape): troupe.v1.TopologySpreadConstraint & troupe.v1.TopologySpreadConstraint.$Shape;
            static create(properties?: troupe.v1.TopologySpreadConstraint.$Properties): troupe.v1.TopologySpreadConstraint;

            /**
             * Encodes the specified TopologySpreadConstraint message. Does not implicitly {@link troupe.v1.TopologySpreadConstraint.verify|verify} messages.
             * @param m TopologySpreadConstraint message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.TopologySpreadConstraint.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TopologySpreadConstraint message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.TopologySpreadConstraint & troupe.v1.TopologySpreadConstraint.$Shape} TopologySpreadConstraint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.TopologySpreadConstraint & troupe.v1.TopologySpreadConstraint.$Shape;
        }

        namespace TopologySpreadConstraint {

            /** Properties of a TopologySpreadConstraint. */
            interface $Properties {

                /** TopologySpreadConstraint maxSkew */
                maxSkew?: number;

                /** TopologySpreadConstraint topologyKey */
                topologyKey?: string;

                /** TopologySpreadConstraint whenUnsatisfiable */
                whenUnsatisfiable?: string;

                /** TopologySpreadConstraint labelSelector */
                labelSelector?: troupe.v1.LabelSelector.$Properties;

                /** TopologySpreadConstraint minDomains */
                minDomains?: (number|null);

                /** TopologySpreadConstraint nodeAffinityPolicy */
                nodeAffinityPolicy?: string;

                /** TopologySpreadConstraint nodeTaintsPolicy */
                nodeTaintsPolicy?: string;

                /** TopologySpreadConstraint matchLabelKeys */
                matchLabelKeys?: string[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TopologySpreadConstraint. */
            type $Shape = troupe.v1.TopologySpreadConstraint.$Properties;
        }

        /**
         * Properties of a PodSpec.
         * @deprecated Use troupe.v1.PodSpec.$Properties instead.
         */
        interface IPodSpec extends troupe.v1.PodSpec.$Properties {
        }

        /** Represents a PodSpec. */
        class PodSpec {

            /**
             * Constructs a new PodSpec.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PodSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PodSpec volumes. */
            volumes: troupe.v1.Volume[];

            /** PodSpec initContainers. */
            initContainers: troupe.v1.Container[];

            /** PodSpec containers. */
            containers: troupe.v1.Container[];

            /** PodSpec restartPolicy. */
            restartPolicy: string;

            /** PodSpec terminationGracePeriodSeconds. */
            terminationGracePeriodSeconds: (number|null);

            /** PodSpec activeDeadlineSeconds. */
            activeDeadlineSeconds: (number|null);

            /** PodSpec dnsPolicy. */
            dnsPolicy: string;

            /** PodSpec nodeSelector. */
            nodeSelector: { [k: string]: string };

            /** PodSpec serviceAccountName. */
            serviceAccountName: string;

            /** PodSpec nodeName. */
            nodeName: string;

            /** PodSpec hostNetwork. */
            hostNetwork: (boolean|null);

            /** PodSpec hostname. */
            hostname: string;

            /** PodSpec subdomain. */
            subdomain: string;

            /** PodSpec affinity. */
            affinity: troupe.v1.Affinity;

            /** PodSpec schedulerName. */
            schedulerName: string;

            /** PodSpec tolerations. */
            tolerations: troupe.v1.Toleration[];

            /** PodSpec priority. */
            priority: (number|null);

            /** PodSpec priorityClassName. */
            priorityClassName: string;

            /** PodSpec securityContext. */
            securityContext: troupe.v1.PodSecurityContext;

            /** PodSpec imagePullSecrets. */
            imagePullSecrets: troupe.v1.LocalObjectReference[];

            /** PodSpec topologySpreadConstraints. */
            topologySpreadConstraints: troupe.v1.TopologySpreadConstraint[];

            /** PodSpec automountServiceAccountToken. */
            automountServiceAccountToken: (boolean|null);

            /** PodSpec enableServiceLinks. */
            enableServiceLinks: (boolean|null);

            /** PodSpec hostPID. */
            hostPID: (boolean|null);

            /** PodSpec hostIPC. */
            hostIPC: (boolean|null);

            /** PodSpec preemptionPolicy. */
            preemptionPolicy: (string|null);

            /**
             * Creates a new PodSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodSpec instance
             */
            static create(properties: troupe.v1.PodSpec.$Shape): troupe.v1.PodSpec & troupe.v1.PodSpec.$Shape;
            static create(properties?: troupe.v1.PodSpec.$Properties): troupe.v1.PodSpec;

            /**
             * Encodes the specified PodSpec message. Does not implicitly {@link troupe.v1.PodSpec.verify|verify} messages.
             * @param m PodSpec message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PodSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodSpec message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PodSpec & troupe.v1.PodSpec.$Shape} PodSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PodSpec & troupe.v1.PodSpec.$Shape;
        }

        namespace PodSpec {

            /** Properties of a PodSpec. */
            interface $Properties {

                /** PodSpec volumes */
                volumes?: troupe.v1.Volume.$Properties[];

                /** PodSpec initContainers */
                initContainers?: troupe.v1.Container.$Properties[];

                /** PodSpec containers */
                containers?: troupe.v1.Container.$Properties[];

                /** PodSpec restartPolicy */
                restartPolicy?: string;

                /** PodSpec terminationGracePeriodSeconds */
                terminationGracePeriodSeconds?: (number|null);

                /** PodSpec activeDeadlineSeconds */
                activeDeadlineSeconds?: (number|null);

                /** PodSpec dnsPolicy */
                dnsPolicy?: string;

                /** PodSpec nodeSelector */
                nodeSelector?: { [k: string]: string };

                /** PodSpec serviceAccountName */
                serviceAccountName?: string;

                /** PodSpec nodeName */
                nodeName?: string;

                /** PodSpec hostNetwork */
                hostNetwork?: (boolean|null);

                /** PodSpec hostname */
                hostname?: string;

                /** PodSpec subdomain */
                subdomain?: string;

                /** PodSpec affinity */
                affinity?: troupe.v1.Affinity.$Properties;

                /** PodSpec schedulerName */
                schedulerName?: string;

                /** PodSpec tolerations */
                tolerations?: troupe.v1.Toleration.$Properties[];

                /** PodSpec priority */
                priority?: (number|null);

                /** PodSpec priorityClassName */
                priorityClassName?: string;

                /** PodSpec securityContext */
                securityContext?: troupe.v1.PodSecurityContext.$Properties;

                /** PodSpec imagePullSecrets */
                imagePullSecrets?: troupe.v1.LocalObjectReference.$Properties[];

                /** PodSpec topologySpreadConstraints */
                topologySpreadConstraints?: troupe.v1.TopologySpreadConstraint.$Properties[];

                /** PodSpec automountServiceAccountToken */
                automountServiceAccountToken?: (boolean|null);

                /** PodSpec enableServiceLinks */
                enableServiceLinks?: (boolean|null);

                /** PodSpec hostPID */
                hostPID?: (boolean|null);

                /** PodSpec hostIPC */
                hostIPC?: (boolean|null);

                /** PodSpec preemptionPolicy */
                preemptionPolicy?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PodSpec. */
            type $Shape = troupe.v1.PodSpec.$Properties;
        }

        /**
         * Properties of a PodTemplateSpec.
         * @deprecated Use troupe.v1.PodTemplateSpec.$Properties instead.
         */
        interface IPodTemplateSpec extends troupe.v1.PodTemplateSpec.$Properties {
        }

        /** Represents a PodTemplateSpec. */
        class PodTemplateSpec {

            /**
             * Constructs a new PodTemplateSpec.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PodTemplateSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PodTemplateSpec metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** PodTemplateSpec spec. */
            spec: troupe.v1.PodSpec;

            /**
             * Creates a new PodTemplateSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodTemplateSpec instance
             */
            static create(properties: troupe.v1.PodTemplateSpec.$Shape): troupe.v1.PodTemplateSpec & troupe.v1.PodTemplateSpec.$Shape;
            static create(properties?: troupe.v1.PodTemplateSpec.$Properties): troupe.v1.PodTemplateSpec;

            /**
             * Encodes the specified PodTemplateSpec message. Does not implicitly {@link troupe.v1.PodTemplateSpec.verify|verify} messages.
             * @param m PodTemplateSpec message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PodTemplateSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodTemplateSpec message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PodTemplateSpec & troupe.v1.PodTemplateSpec.$Shape} PodTemplateSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PodTemplateSpec & troupe.v1.PodTemplateSpec.$Shape;
        }

        namespace PodTemplateSpec {

            /** Properties of a PodTemplateSpec. */
            interface $Properties {

                /** PodTemplateSpec metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** PodTemplateSpec spec */
                spec?: troupe.v1.PodSpec.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PodTemplateSpec. */
            type $Shape = troupe.v1.PodTemplateSpec.$Properties;
        }

        /**
         * Properties of a ContainerStateWaiting.
         * @deprecated Use troupe.v1.ContainerStateWaiting.$Properties instead.
         */
        interface IContainerStateWaiting extends troupe.v1.ContainerStateWaiting.$Properties {
        }

        /** Represents a ContainerStateWaiting. */
        class ContainerStateWaiting {

            /**
             * Constructs a new ContainerStateWaiting.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ContainerStateWaiting.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContainerStateWaiting reason. */
            reason: string;

            /** ContainerStateWaiting message. */
            message: string;

            /**
             * Creates a new ContainerStateWaiting instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerStateWaiting instance
             */
            static create(properties: troupe.v1.ContainerStateWaiting.$Shape): troupe.v1.ContainerStateWaiting & troupe.v1.ContainerStateWaiting.$Shape;
            static create(properties?: troupe.v1.ContainerStateWaiting.$Properties): troupe.v1.ContainerStateWaiting;

            /**
             * Encodes the specified ContainerStateWaiting message. Does not implicitly {@link troupe.v1.ContainerStateWaiting.verify|verify} messages.
             * @param m ContainerStateWaiting message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ContainerStateWaiting.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerStateWaiting message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ContainerStateWaiting & troupe.v1.ContainerStateWaiting.$Shape} ContainerStateWaiting
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ContainerStateWaiting & troupe.v1.ContainerStateWaiting.$Shape;
        }

        namespace ContainerStateWaiting {

            /** Properties of a ContainerStateWaiting. */
            interface $Properties {

                /** ContainerStateWaiting reason */
                reason?: string;

                /** ContainerStateWaiting message */
                message?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContainerStateWaiting. */
            type $Shape = troupe.v1.ContainerStateWaiting.$Properties;
        }

        /**
         * Properties of a ContainerStateRunning.
         * @deprecated Use troupe.v1.ContainerStateRunning.$Properties instead.
         */
        interface IContainerStateRunning extends troupe.v1.ContainerStateRunning.$Properties {
        }

        /** Represents a ContainerStateRunning. */
        class ContainerStateRunning {

            /**
             * Constructs a new ContainerStateRunning.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ContainerStateRunning.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContainerStateRunning startedAt. */
            startedAt: string;

            /**
             * Creates a new ContainerStateRunning instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerStateRunning instance
             */
            static create(properties: troupe.v1.ContainerStateRunning.$Shape): troupe.v1.ContainerStateRunning & troupe.v1.ContainerStateRunning.$Shape;
            static create(properties?: troupe.v1.ContainerStateRunning.$Properties): troupe.v1.ContainerStateRunning;

            /**
             * Encodes the specified ContainerStateRunning message. Does not implicitly {@link troupe.v1.ContainerStateRunning.verify|verify} messages.
             * @param m ContainerStateRunning message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ContainerStateRunning.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerStateRunning message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ContainerStateRunning & troupe.v1.ContainerStateRunning.$Shape} ContainerStateRunning
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ContainerStateRunning & troupe.v1.ContainerStateRunning.$Shape;
        }

        namespace ContainerStateRunning {

            /** Properties of a ContainerStateRunning. */
            interface $Properties {

                /** ContainerStateRunning startedAt */
                startedAt?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContainerStateRunning. */
            type $Shape = troupe.v1.ContainerStateRunning.$Properties;
        }

        /**
         * Properties of a ContainerStateTerminated.
         * @deprecated Use troupe.v1.ContainerStateTerminated.$Properties instead.
         */
        interface IContainerStateTerminated extends troupe.v1.ContainerStateTerminated.$Properties {
        }

        /** Represents a ContainerStateTerminated. */
        class ContainerStateTerminated {

            /**
             * Constructs a new ContainerStateTerminated.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ContainerStateTerminated.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContainerStateTerminated exitCode. */
            exitCode: number;

            /** ContainerStateTerminated signal. */
            signal: number;

            /** ContainerStateTerminated reason. */
            reason: string;

            /** ContainerStateTerminated message. */
            message: string;

            /** ContainerStateTerminated startedAt. */
            startedAt: string;

            /** ContainerStateTerminated finishedAt. */
            finishedAt: string;

            /** ContainerStateTerminated containerID. */
            containerID: string;

            /**
             * Creates a new ContainerStateTerminated instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerStateTerminated instance
             */
            static create(properties: troupe.v1.ContainerStateTerminated.$Shape): troupe.v1.ContainerStateTerminated & troupe.v1.ContainerStateTerminated.$Shape;
            static create(properties?: troupe.v1.ContainerStateTerminated.$Properties): troupe.v1.ContainerStateTerminated;

            /**
             * Encodes the specified ContainerStateTerminated message. Does not implicitly {@link troupe.v1.ContainerStateTerminated.verify|verify} messages.
             * @param m ContainerStateTerminated message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ContainerStateTerminated.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerStateTerminated message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ContainerStateTerminated & troupe.v1.ContainerStateTerminated.$Shape} ContainerStateTerminated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ContainerStateTerminated & troupe.v1.ContainerStateTerminated.$Shape;
        }

        namespace ContainerStateTerminated {

            /** Properties of a ContainerStateTerminated. */
            interface $Properties {

                /** ContainerStateTerminated exitCode */
                exitCode?: number;

                /** ContainerStateTerminated signal */
                signal?: number;

                /** ContainerStateTerminated reason */
                reason?: string;

                /** ContainerStateTerminated message */
                message?: string;

                /** ContainerStateTerminated startedAt */
                startedAt?: string;

                /** ContainerStateTerminated finishedAt */
                finishedAt?: string;

                /** ContainerStateTerminated containerID */
                containerID?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContainerStateTerminated. */
            type $Shape = troupe.v1.ContainerStateTerminated.$Properties;
        }

        /**
         * Properties of a ContainerState.
         * @deprecated Use troupe.v1.ContainerState.$Properties instead.
         */
        interface IContainerState extends troupe.v1.ContainerState.$Properties {
        }

        /** Represents a ContainerState. */
        class ContainerState {

            /**
             * Constructs a new ContainerState.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ContainerState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContainerState waiting. */
            waiting: troupe.v1.ContainerStateWaiting;

            /** ContainerState running. */
            running: troupe.v1.ContainerStateRunning;

            /** ContainerState terminated. */
            terminated: troupe.v1.ContainerStateTerminated;

            /**
             * Creates a new ContainerState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerState instance
             */
            static create(properties: troupe.v1.ContainerState.$Shape): troupe.v1.ContainerState & troupe.v1.ContainerState.$Shape;
            static create(properties?: troupe.v1.ContainerState.$Properties): troupe.v1.ContainerState;

            /**
             * Encodes the specified ContainerState message. Does not implicitly {@link troupe.v1.ContainerState.verify|verify} messages.
             * @param m ContainerState message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ContainerState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerState message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ContainerState & troupe.v1.ContainerState.$Shape} ContainerState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ContainerState & troupe.v1.ContainerState.$Shape;
        }

        namespace ContainerState {

            /** Properties of a ContainerState. */
            interface $Properties {

                /** ContainerState waiting */
                waiting?: troupe.v1.ContainerStateWaiting.$Properties;

                /** ContainerState running */
                running?: troupe.v1.ContainerStateRunning.$Properties;

                /** ContainerState terminated */
                terminated?: troupe.v1.ContainerStateTerminated.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContainerState. */
            type $Shape = troupe.v1.ContainerState.$Properties;
        }

        /**
         * Properties of a ContainerStatus.
         * @deprecated Use troupe.v1.ContainerStatus.$Properties instead.
         */
        interface IContainerStatus extends troupe.v1.ContainerStatus.$Properties {
        }

        /** Represents a ContainerStatus. */
        class ContainerStatus {

            /**
             * Constructs a new ContainerStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ContainerStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContainerStatus name. */
            name: string;

            /** ContainerStatus state. */
            state: troupe.v1.ContainerState;

            /** ContainerStatus lastState. */
            lastState: troupe.v1.ContainerState;

            /** ContainerStatus ready. */
            ready: boolean;

            /** ContainerStatus restartCount. */
            restartCount: number;

            /** ContainerStatus image. */
            image: string;

            /** ContainerStatus imageID. */
            imageID: string;

            /** ContainerStatus containerID. */
            containerID: string;

            /** ContainerStatus started. */
            started: (boolean|null);

            /** ContainerStatus ports. */
            ports: troupe.v1.ContainerPort[];

            /**
             * Creates a new ContainerStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerStatus instance
             */
            static create(properties: troupe.v1.ContainerStatus.$Shape): troupe.v1.ContainerStatus & troupe.v1.ContainerStatus.$Shape;
            static create(properties?: troupe.v1.ContainerStatus.$Properties): troupe.v1.ContainerStatus;

            /**
             * Encodes the specified ContainerStatus message. Does not implicitly {@link troupe.v1.ContainerStatus.verify|verify} messages.
             * @param m ContainerStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ContainerStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ContainerStatus & troupe.v1.ContainerStatus.$Shape} ContainerStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ContainerStatus & troupe.v1.ContainerStatus.$Shape;
        }

        namespace ContainerStatus {

            /** Properties of a ContainerStatus. */
            interface $Properties {

                /** ContainerStatus name */
                name?: string;

                /** ContainerStatus state */
                state?: troupe.v1.ContainerState.$Properties;

                /** ContainerStatus lastState */
                lastState?: troupe.v1.ContainerState.$Properties;

                /** ContainerStatus ready */
                ready?: boolean;

                /** ContainerStatus restartCount */
                restartCount?: number;

                /** ContainerStatus image */
                image?: string;

                /** ContainerStatus imageID */
                imageID?: string;

                /** ContainerStatus containerID */
                containerID?: string;

                /** ContainerStatus started */
                started?: (boolean|null);

                /** ContainerStatus ports */
                ports?: troupe.v1.ContainerPort.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContainerStatus. */
            type $Shape = troupe.v1.ContainerStatus.$Properties;
        }

        /**
         * Properties of a PodIP.
         * @deprecated Use troupe.v1.PodIP.$Properties instead.
         */
        interface IPodIP extends troupe.v1.PodIP.$Properties {
        }

        /** Represents a PodIP. */
        class PodIP {

            /**
             * Constructs a new PodIP.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PodIP.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PodIP ip. */
            ip: string;

            /**
             * Creates a new PodIP instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodIP instance
             */
            static create(properties: troupe.v1.PodIP.$Shape): troupe.v1.PodIP & troupe.v1.PodIP.$Shape;
            static create(properties?: troupe.v1.PodIP.$Properties): troupe.v1.PodIP;

            /**
             * Encodes the specified PodIP message. Does not implicitly {@link troupe.v1.PodIP.verify|verify} messages.
             * @param m PodIP message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PodIP.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodIP message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PodIP & troupe.v1.PodIP.$Shape} PodIP
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PodIP & troupe.v1.PodIP.$Shape;
        }

        namespace PodIP {

            /** Properties of a PodIP. */
            interface $Properties {

                /** PodIP ip */
                ip?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PodIP. */
            type $Shape = troupe.v1.PodIP.$Properties;
        }

        /**
         * Properties of a PodStatus.
         * @deprecated Use troupe.v1.PodStatus.$Properties instead.
         */
        interface IPodStatus extends troupe.v1.PodStatus.$Properties {
        }

        /** Represents a PodStatus. */
        class PodStatus {

            /**
             * Constructs a new PodStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PodStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PodStatus phase. */
            phase: string;

            /** PodStatus conditions. */
            conditions: troupe.v1.Condition[];

            /** PodStatus message. */
            message: string;

            /** PodStatus reason. */
            reason: string;

            /** PodStatus hostIP. */
            hostIP: string;

            /** PodStatus podIP. */
            podIP: string;

            /** PodStatus podIPs. */
            podIPs: troupe.v1.PodIP[];

            /** PodStatus startTime. */
            startTime: string;

            /** PodStatus initContainerStatuses. */
            initContainerStatuses: troupe.v1.ContainerStatus[];

            /** PodStatus containerStatuses. */
            containerStatuses: troupe.v1.ContainerStatus[];

            /** PodStatus qosClass. */
            qosClass: string;

            /** PodStatus nominatedNodeName. */
            nominatedNodeName: string;

            /**
             * Creates a new PodStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodStatus instance
             */
            static create(properties: troupe.v1.PodStatus.$Shape): troupe.v1.PodStatus & troupe.v1.PodStatus.$Shape;
            static create(properties?: troupe.v1.PodStatus.$Properties): troupe.v1.PodStatus;

            /**
             * Encodes the specified PodStatus message. Does not implicitly {@link troupe.v1.PodStatus.verify|verify} messages.
             * @param m PodStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PodStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PodStatus & troupe.v1.PodStatus.$Shape} PodStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PodStatus & troupe.v1.PodStatus.$Shape;
        }

        namespace PodStatus {

            /** Properties of a PodStatus. */
            interface $Properties {

                /** PodStatus phase */
                phase?: string;

                /** PodStatus conditions */
                conditions?: troupe.v1.Condition.$Properties[];

                /** PodStatus message */
                message?: string;

                /** PodStatus reason */
                reason?: string;

                /** PodStatus hostIP */
                hostIP?: string;

                /** PodStatus podIP */
                podIP?: string;

                /** PodStatus podIPs */
                podIPs?: troupe.v1.PodIP.$Properties[];

                /** PodStatus startTime */
                startTime?: string;

                /** PodStatus initContainerStatuses */
                initContainerStatuses?: troupe.v1.ContainerStatus.$Properties[];

                /** PodStatus containerStatuses */
                containerStatuses?: troupe.v1.ContainerStatus.$Properties[];

                /** PodStatus qosClass */
                qosClass?: string;

                /** PodStatus nominatedNodeName */
                nominatedNodeName?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PodStatus. */
            type $Shape = troupe.v1.PodStatus.$Properties;
        }

        /**
         * Properties of a Pod.
         * @deprecated Use troupe.v1.Pod.$Properties instead.
         */
        interface IPod extends troupe.v1.Pod.$Properties {
        }

        /** Represents a Pod. */
        class Pod {

            /**
             * Constructs a new Pod.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.Pod.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Pod apiVersion. */
            apiVersion: string;

            /** Pod kind. */
            kind: string;

            /** Pod metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** Pod spec. */
            spec: troupe.v1.PodSpec;

            /** Pod status. */
            status: troupe.v1.PodStatus;

            /**
             * Creates a new Pod instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Pod instance
             */
            static create(properties: troupe.v1.Pod.$Shape): troupe.v1.Pod & troupe.v1.Pod.$Shape;
            static create(properties?: troupe.v1.Pod.$Properties): troupe.v1.Pod;

            /**
             * Encodes the specified Pod message. Does not implicitly {@link troupe.v1.Pod.verify|verify} messages.
             * @param m Pod message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.Pod.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Pod message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.Pod & troupe.v1.Pod.$Shape} Pod
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.Pod & troupe.v1.Pod.$Shape;
        }

        namespace Pod {

            /** Properties of a Pod. */
            interface $Properties {

                /** Pod apiVersion */
                apiVersion?: string;

                /** Pod kind */
                kind?: string;

                /** Pod metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** Pod spec */
                spec?: troupe.v1.PodSpec.$Properties;

                /** Pod status */
                status?: troupe.v1.PodStatus.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Pod. */
            type $Shape = troupe.v1.Pod.$Properties;
        }

        /**
         * Properties of a LocalVolumeSource.
         * @deprecated Use troupe.v1.LocalVolumeSource.$Properties instead.
         */
        interface ILocalVolumeSource extends troupe.v1.LocalVolumeSource.$Properties {
        }

        /** Represents a LocalVolumeSource. */
        class LocalVolumeSource {

            /**
             * Constructs a new LocalVolumeSource.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.LocalVolumeSource.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LocalVolumeSource path. */
            path: string;

            /** LocalVolumeSource fsType. */
            fsType: string;

            /**
             * Creates a new LocalVolumeSource instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LocalVolumeSource instance
             */
            static create(properties: troupe.v1.LocalVolumeSource.$Shape): troupe.v1.LocalVolumeSource & troupe.v1.LocalVolumeSource.$Shape;
            static create(properties?: troupe.v1.LocalVolumeSource.$Properties): troupe.v1.LocalVolumeSource;

            /**
             * Encodes the specified LocalVolumeSource message. Does not implicitly {@link troupe.v1.LocalVolumeSource.verify|verify} messages.
             * @param m LocalVolumeSource message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.LocalVolumeSource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LocalVolumeSource message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.LocalVolumeSource & troupe.v1.LocalVolumeSource.$Shape} LocalVolumeSource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.LocalVolumeSource & troupe.v1.LocalVolumeSource.$Shape;
        }

        namespace LocalVolumeSource {

            /** Properties of a LocalVolumeSource. */
            interface $Properties {

                /** LocalVolumeSource path */
                path?: string;

                /** LocalVolumeSource fsType */
                fsType?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LocalVolumeSource. */
            type $Shape = troupe.v1.LocalVolumeSource.$Properties;
        }

        /**
         * Properties of a VolumeNodeAffinity.
         * @deprecated Use troupe.v1.VolumeNodeAffinity.$Properties instead.
         */
        interface IVolumeNodeAffinity extends troupe.v1.VolumeNodeAffinity.$Properties {
        }

        /** Represents a VolumeNodeAffinity. */
        class VolumeNodeAffinity {

            /**
             * Constructs a new VolumeNodeAffinity.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.VolumeNodeAffinity.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VolumeNodeAffinity required. */
            required: troupe.v1.NodeSelector;

            /**
             * Creates a new VolumeNodeAffinity instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VolumeNodeAffinity instance
             */
            static create(properties: troupe.v1.VolumeNodeAffinity.$Shape): troupe.v1.VolumeNodeAffinity & troupe.v1.VolumeNodeAffinity.$Shape;
            static create(properties?: troupe.v1.VolumeNodeAffinity.$Properties): troupe.v1.VolumeNodeAffinity;

            /**
             * Encodes the specified VolumeNodeAffinity message. Does not implicitly {@link troupe.v1.VolumeNodeAffinity.verify|verify} messages.
             * @param m VolumeNodeAffinity message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.VolumeNodeAffinity.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VolumeNodeAffinity message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.VolumeNodeAffinity & troupe.v1.VolumeNodeAffinity.$Shape} VolumeNodeAffinity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.VolumeNodeAffinity & troupe.v1.VolumeNodeAffinity.$Shape;
        }

        namespace VolumeNodeAffinity {

            /** Properties of a VolumeNodeAffinity. */
            interface $Properties {

                /** VolumeNodeAffinity required */
                required?: troupe.v1.NodeSelector.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VolumeNodeAffinity. */
            type $Shape = troupe.v1.VolumeNodeAffinity.$Properties;
        }

        /**
         * Properties of a PersistentVolumeSpec.
         * @deprecated Use troupe.v1.PersistentVolumeSpec.$Properties instead.
         */
        interface IPersistentVolumeSpec extends troupe.v1.PersistentVolumeSpec.$Properties {
        }

        /** Represents a PersistentVolumeSpec. */
        class PersistentVolumeSpec {

            /**
             * Constructs a new PersistentVolumeSpec.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PersistentVolumeSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PersistentVolumeSpec capacity. */
            capacity: { [k: string]: string };

            /** PersistentVolumeSpec accessModes. */
            accessModes: string[];

            /** PersistentVolumeSpec claimRef. */
            claimRef: troupe.v1.ObjectReference;

            /** PersistentVolumeSpec persistentVolumeReclaimPolicy. */
            persistentVolumeReclaimPolicy: string;

            /** PersistentVolumeSpec storageClassName. */
            storageClassName: string;

            /** PersistentVolumeSpec mountOptions. */
            mountOptions: string[];

            /** PersistentVolumeSpec volumeMode. */
            volumeMode: string;

            /** PersistentVolumeSpec nodeAffinity. */
            nodeAffinity: troupe.v1.VolumeNodeAffinity;

            /** PersistentVolumeSpec hostPath. */
            hostPath: troupe.v1.HostPathVolumeSource;

            /** PersistentVolumeSpec local. */
            local: troupe.v1.LocalVolumeSource;

            /**
             * Creates a new PersistentVolumeSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PersistentVolumeSpec instance
             */
            static create(properties: troupe.v1.PersistentVolumeSpec.$Shape): troupe.v1.PersistentVolumeSpec & troupe.v1.PersistentVolumeSpec.$Shape;
            static create(properties?: troupe.v1.PersistentVolumeSpec.$Properties): troupe.v1.PersistentVolumeSpec;

            /**
             * Encodes the specified PersistentVolumeSpec message. Does not implicitly {@link troupe.v1.PersistentVolumeSpec.verify|verify} messages.
             * @param m PersistentVolumeSpec message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PersistentVolumeSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PersistentVolumeSpec message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PersistentVolumeSpec & troupe.v1.PersistentVolumeSpec.$Shape} PersistentVolumeSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PersistentVolumeSpec & troupe.v1.PersistentVolumeSpec.$Shape;
        }

        namespace PersistentVolumeSpec {

            /** Properties of a PersistentVolumeSpec. */
            interface $Properties {

                /** PersistentVolumeSpec capacity */
                capacity?: { [k: string]: string };

                /** PersistentVolumeSpec accessModes */
                accessModes?: string[];

                /** PersistentVolumeSpec claimRef */
                claimRef?: troupe.v1.ObjectReference.$Properties;

                /** PersistentVolumeSpec persistentVolumeReclaimPolicy */
                persistentVolumeReclaimPolicy?: string;

                /** PersistentVolumeSpec storageClassName */
                storageClassName?: string;

                /** PersistentVolumeSpec mountOptions */
                mountOptions?: string[];

                /** PersistentVolumeSpec volumeMode */
                volumeMode?: string;

                /** PersistentVolumeSpec nodeAffinity */
                nodeAffinity?: troupe.v1.VolumeNodeAffinity.$Properties;

                /** PersistentVolumeSpec hostPath */
                hostPath?: troupe.v1.HostPathVolumeSource.$Properties;

                /** PersistentVolumeSpec local */
                local?: troupe.v1.LocalVolumeSource.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PersistentVolumeSpec. */
            type $Shape = troupe.v1.PersistentVolumeSpec.$Properties;
        }

        /**
         * Properties of a PersistentVolumeStatus.
         * @deprecated Use troupe.v1.PersistentVolumeStatus.$Properties instead.
         */
        interface IPersistentVolumeStatus extends troupe.v1.PersistentVolumeStatus.$Properties {
        }

        /** Represents a PersistentVolumeStatus. */
        class PersistentVolumeStatus {

            /**
             * Constructs a new PersistentVolumeStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PersistentVolumeStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PersistentVolumeStatus phase. */
            phase: string;

            /** PersistentVolumeStatus message. */
            message: string;

            /** PersistentVolumeStatus reason. */
            reason: string;

            /** PersistentVolumeStatus lastPhaseTransitionTime. */
            lastPhaseTransitionTime: string;

            /**
             * Creates a new PersistentVolumeStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PersistentVolumeStatus instance
             */
            static create(properties: troupe.v1.PersistentVolumeStatus.$Shape): troupe.v1.PersistentVolumeStatus & troupe.v1.PersistentVolumeStatus.$Shape;
            static create(properties?: troupe.v1.PersistentVolumeStatus.$Properties): troupe.v1.PersistentVolumeStatus;

            /**
             * Encodes the specified PersistentVolumeStatus message. Does not implicitly {@link troupe.v1.PersistentVolumeStatus.verify|verify} messages.
             * @param m PersistentVolumeStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PersistentVolumeStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PersistentVolumeStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PersistentVolumeStatus & troupe.v1.PersistentVolumeStatus.$Shape} PersistentVolumeStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PersistentVolumeStatus & troupe.v1.PersistentVolumeStatus.$Shape;
        }

        namespace PersistentVolumeStatus {

            /** Properties of a PersistentVolumeStatus. */
            interface $Properties {

                /** PersistentVolumeStatus phase */
                phase?: string;

                /** PersistentVolumeStatus message */
                message?: string;

                /** PersistentVolumeStatus reason */
                reason?: string;

                /** PersistentVolumeStatus lastPhaseTransitionTime */
                lastPhaseTransitionTime?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PersistentVolumeStatus. */
            type $Shape = troupe.v1.PersistentVolumeStatus.$Properties;
        }

        /**
         * Properties of a PersistentVolume.
         * @deprecated Use troupe.v1.PersistentVolume.$Properties instead.
         */
        interface IPersistentVolume extends troupe.v1.PersistentVolume.$Properties {
        }

        /** Represents a PersistentVolume. */
        class PersistentVolume {

            /**
             * Constructs a new PersistentVolume.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PersistentVolume.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PersistentVolume apiVersion. */
            apiVersion: string;

            /** PersistentVolume kind. */
            kind: string;

            /** PersistentVolume metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** PersistentVolume spec. */
            spec: troupe.v1.PersistentVolumeSpec;

            /** PersistentVolume status. */
            status: troupe.v1.PersistentVolumeStatus;

            /**
             * Creates a new PersistentVolume instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PersistentVolume instance
             */
            static create(properties: troupe.v1.PersistentVolume.$Shape): troupe.v1.PersistentVolume & troupe.v1.PersistentVolume.$Shape;
            static create(properties?: troupe.v1.PersistentVolume.$Properties): troupe.v1.PersistentVolume;

            /**
             * Encodes the specified PersistentVolume message. Does not implicitly {@link troupe.v1.PersistentVolume.verify|verify} messages.
             * @param m PersistentVolume message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PersistentVolume.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PersistentVolume message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PersistentVolume & troupe.v1.PersistentVolume.$Shape} PersistentVolume
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PersistentVolume & troupe.v1.PersistentVolume.$Shape;
        }

        namespace PersistentVolume {

            /** Properties of a PersistentVolume. */
            interface $Properties {

                /** PersistentVolume apiVersion */
                apiVersion?: string;

                /** PersistentVolume kind */
                kind?: string;

                /** PersistentVolume metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** PersistentVolume spec */
                spec?: troupe.v1.PersistentVolumeSpec.$Properties;

                /** PersistentVolume status */
                status?: troupe.v1.PersistentVolumeStatus.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PersistentVolume. */
            type $Shape = troupe.v1.PersistentVolume.$Properties;
        }

        /**
         * Properties of a VolumeResourceRequirements.
         * @deprecated Use troupe.v1.VolumeResourceRequirements.$Properties instead.
         */
        interface IVolumeResourceRequirements extends troupe.v1.VolumeResourceRequirements.$Properties {
        }

        /** Represents a VolumeResourceRequirements. */
        class VolumeResourceRequirements {

            /**
             * Constructs a new VolumeResourceRequirements.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.VolumeResourceRequirements.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VolumeResourceRequirements limits. */
            limits: { [k: string]: string };

            /** VolumeResourceRequirements requests. */
            requests: { [k: string]: string };

            /**
             * Creates a new VolumeResourceRequirements instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VolumeResourceRequirements instance
             */
            static create(properties: troupe.v1.VolumeResourceRequirements.$Shape): troupe.v1.VolumeResourceRequirements & troupe.v1.VolumeResourceRequirements.$Shape;
            static create(properties?: troupe.v1.VolumeResourceRequirements.$Properties): troupe.v1.VolumeResourceRequirements;

            /**
             * Encodes the specified VolumeResourceRequirements message. Does not implicitly {@link troupe.v1.VolumeResourceRequirements.verify|verify} messages.
             * @param m VolumeResourceRequirements message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.VolumeResourceRequirements.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VolumeResourceRequirements message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.VolumeResourceRequirements & troupe.v1.VolumeResourceRequirements.$Shape} VolumeResourceRequirements
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.VolumeResourceRequirements & troupe.v1.VolumeResourceRequirements.$Shape;
        }

        namespace VolumeResourceRequirements {

            /** Properties of a VolumeResourceRequirements. */
            interface $Properties {

                /** VolumeResourceRequirements limits */
                limits?: { [k: string]: string };

                /** VolumeResourceRequirements requests */
                requests?: { [k: string]: string };

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VolumeResourceRequirements. */
            type $Shape = troupe.v1.VolumeResourceRequirements.$Properties;
        }

        /**
         * Properties of a PersistentVolumeClaimSpec.
         * @deprecated Use troupe.v1.PersistentVolumeClaimSpec.$Properties instead.
         */
        interface IPersistentVolumeClaimSpec extends troupe.v1.PersistentVolumeClaimSpec.$Properties {
        }

        /** Represents a PersistentVolumeClaimSpec. */
        class PersistentVolumeClaimSpec {

            /**
             * Constructs a new PersistentVolumeClaimSpec.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PersistentVolumeClaimSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PersistentVolumeClaimSpec accessModes. */
            accessModes: string[];

            /** PersistentVolumeClaimSpec selector. */
            selector: troupe.v1.LabelSelector;

            /** PersistentVolumeClaimSpec resources. */
            resources: troupe.v1.VolumeResourceRequirements;

            /** PersistentVolumeClaimSpec volumeName. */
            volumeName: string;

            /** PersistentVolumeClaimSpec storageClassName. */
            storageClassName: (string|null);

            /** PersistentVolumeClaimSpec volumeMode. */
            volumeMode: string;

            /**
             * Creates a new PersistentVolumeClaimSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PersistentVolumeClaimSpec instance
             */
            static create(properties: troupe.v1.PersistentVolumeClaimSpec.$Shape): troupe.v1.PersistentVolumeClaimSpec & troupe.v1.PersistentVolumeClaimSpec.$Shape;
            static create(properties?: troupe.v1.PersistentVolumeClaimSpec.$Properties): troupe.v1.PersistentVolumeClaimSpec;

            /**
             * Encodes the specified PersistentVolumeClaimSpec message. Does not implicitly {@link troupe.v1.PersistentVolumeClaimSpec.verify|verify} messages.
             * @param m PersistentVolumeClaimSpec message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PersistentVolumeClaimSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PersistentVolumeClaimSpec message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PersistentVolumeClaimSpec & troupe.v1.PersistentVolumeClaimSpec.$Shape} PersistentVolumeClaimSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PersistentVolumeClaimSpec & troupe.v1.PersistentVolumeClaimSpec.$Shape;
        }

        namespace PersistentVolumeClaimSpec {

            /** Properties of a PersistentVolumeClaimSpec. */
            interface $Properties {

                /** PersistentVolumeClaimSpec accessModes */
                accessModes?: string[];

                /** PersistentVolumeClaimSpec selector */
                selector?: troupe.v1.LabelSelector.$Properties;

                /** PersistentVolumeClaimSpec resources */
                resources?: troupe.v1.VolumeResourceRequirements.$Properties;

                /** PersistentVolumeClaimSpec volumeName */
                volumeName?: string;

                /** PersistentVolumeClaimSpec storageClassName */
                storageClassName?: (string|null);

                /** PersistentVolumeClaimSpec volumeMode */
                volumeMode?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PersistentVolumeClaimSpec. */
            type $Shape = troupe.v1.PersistentVolumeClaimSpec.$Properties;
        }

        /**
         * Properties of a PersistentVolumeClaimStatus.
         * @deprecated Use troupe.v1.PersistentVolumeClaimStatus.$Properties instead.
         */
        interface IPersistentVolumeClaimStatus extends troupe.v1.PersistentVolumeClaimStatus.$Properties {
        }

        /** Represents a PersistentVolumeClaimStatus. */
        class PersistentVolumeClaimStatus {

            /**
             * Constructs a new PersistentVolumeClaimStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PersistentVolumeClaimStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PersistentVolumeClaimStatus phase. */
            phase: string;

            /** PersistentVolumeClaimStatus accessModes. */
            accessModes: string[];

            /** PersistentVolumeClaimStatus capacity. */
            capacity: { [k: string]: string };

            /** PersistentVolumeClaimStatus conditions. */
            conditions: troupe.v1.Condition[];

            /**
             * Creates a new PersistentVolumeClaimStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PersistentVolumeClaimStatus instance
             */
            static create(properties: troupe.v1.PersistentVolumeClaimStatus.$Shape): troupe.v1.PersistentVolumeClaimStatus & troupe.v1.PersistentVolumeClaimStatus.$Shape;
            static create(properties?: troupe.v1.PersistentVolumeClaimStatus.$Properties): troupe.v1.PersistentVolumeClaimStatus;

            /**
             * Encodes the specified PersistentVolumeClaimStatus message. Does not implicitly {@link troupe.v1.PersistentVolumeClaimStatus.verify|verify} messages.
             * @param m PersistentVolumeClaimStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PersistentVolumeClaimStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PersistentVolumeClaimStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PersistentVolumeClaimStatus & troupe.v1.PersistentVolumeClaimStatus.$Shape} PersistentVolumeClaimStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PersistentVolumeClaimStatus & troupe.v1.PersistentVolumeClaimStatus.$Shape;
        }

        namespace PersistentVolumeClaimStatus {

            /** Properties of a PersistentVolumeClaimStatus. */
            interface $Properties {

                /** PersistentVolumeClaimStatus phase */
                phase?: string;

                /** PersistentVolumeClaimStatus accessModes */
                accessModes?: string[];

                /** PersistentVolumeClaimStatus capacity */
                capacity?: { [k: string]: string };

                /** PersistentVolumeClaimStatus conditions */
                conditions?: troupe.v1.Condition.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PersistentVolumeClaimStatus. */
            type $Shape = troupe.v1.PersistentVolumeClaimStatus.$Properties;
        }

        /**
         * Properties of a PersistentVolumeClaim.
         * @deprecated Use troupe.v1.PersistentVolumeClaim.$Properties instead.
         */
        interface IPersistentVolumeClaim extends troupe.v1.PersistentVolumeClaim.$Properties {
        }

        /** Represents a PersistentVolumeClaim. */
        class PersistentVolumeClaim {

            /**
             * Constructs a new PersistentVolumeClaim.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PersistentVolumeClaim.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PersistentVolumeClaim apiVersion. */
            apiVersion: string;

            /** PersistentVolumeClaim kind. */
            kind: string;

            /** PersistentVolumeClaim metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** PersistentVolumeClaim spec. */
            spec: troupe.v1.PersistentVolumeClaimSpec;

            /** PersistentVolumeClaim status. */
            status: troupe.v1.PersistentVolumeClaimStatus;

            /**
             * Creates a new PersistentVolumeClaim instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PersistentVolumeClaim instance
             */
            static create(properties: troupe.v1.PersistentVolumeClaim.$Shape): troupe.v1.PersistentVolumeClaim & troupe.v1.PersistentVolumeClaim.$Shape;
            static create(properties?: troupe.v1.PersistentVolumeClaim.$Properties): troupe.v1.PersistentVolumeClaim;

            /**
             * Encodes the specified PersistentVolumeClaim message. Does not implicitly {@link troupe.v1.PersistentVolumeClaim.verify|verify} messages.
             * @param m PersistentVolumeClaim message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PersistentVolumeClaim.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PersistentVolumeClaim message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PersistentVolumeClaim & troupe.v1.PersistentVolumeClaim.$Shape} PersistentVolumeClaim
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PersistentVolumeClaim & troupe.v1.PersistentVolumeClaim.$Shape;
        }

        namespace PersistentVolumeClaim {

            /** Properties of a PersistentVolumeClaim. */
            interface $Properties {

                /** PersistentVolumeClaim apiVersion */
                apiVersion?: string;

                /** PersistentVolumeClaim kind */
                kind?: string;

                /** PersistentVolumeClaim metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** PersistentVolumeClaim spec */
                spec?: troupe.v1.PersistentVolumeClaimSpec.$Properties;

                /** PersistentVolumeClaim status */
                status?: troupe.v1.PersistentVolumeClaimStatus.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PersistentVolumeClaim. */
            type $Shape = troupe.v1.PersistentVolumeClaim.$Properties;
        }

        /**
         * Properties of a StorageClass.
         * @deprecated Use troupe.v1.StorageClass.$Properties instead.
         */
        interface IStorageClass extends troupe.v1.StorageClass.$Properties {
        }

        /** Represents a StorageClass. */
        class StorageClass {

            /**
             * Constructs a new StorageClass.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.StorageClass.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StorageClass apiVersion. */
            apiVersion: string;

            /** StorageClass kind. */
            kind: string;

            /** StorageClass metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** StorageClass provisioner. */
            provisioner: string;

            /** StorageClass parameters. */
            parameters: { [k: string]: string };

            /** StorageClass reclaimPolicy. */
            reclaimPolicy: string;

            /** StorageClass mountOptions. */
            mountOptions: string[];

            /** StorageClass allowVolumeExpansion. */
            allowVolumeExpansion: (boolean|null);

            /** StorageClass volumeBindingMode. */
            volumeBindingMode: string;

            /**
             * Creates a new StorageClass instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StorageClass instance
             */
            static create(properties: troupe.v1.StorageClass.$Shape): troupe.v1.StorageClass & troupe.v1.StorageClass.$Shape;
            static create(properties?: troupe.v1.StorageClass.$Properties): troupe.v1.StorageClass;

            /**
             * Encodes the specified StorageClass message. Does not implicitly {@link troupe.v1.StorageClass.verify|verify} messages.
             * @param m StorageClass message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.StorageClass.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StorageClass message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.StorageClass & troupe.v1.StorageClass.$Shape} StorageClass
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.StorageClass & troupe.v1.StorageClass.$Shape;
        }

        namespace StorageClass {

            /** Properties of a StorageClass. */
            interface $Properties {

                /** StorageClass apiVersion */
                apiVersion?: string;

                /** StorageClass kind */
                kind?: string;

                /** StorageClass metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** StorageClass provisioner */
                provisioner?: string;

                /** StorageClass parameters */
                parameters?: { [k: string]: string };

                /** StorageClass reclaimPolicy */
                reclaimPolicy?: string;

                /** StorageClass mountOptions */
                mountOptions?: string[];

                /** StorageClass allowVolumeExpansion */
                allowVolumeExpansion?: (boolean|null);

                /** StorageClass volumeBindingMode */
                volumeBindingMode?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StorageClass. */
            type $Shape = troupe.v1.StorageClass.$Properties;
        }

        /**
         * Properties of a ScaleSpec.
         * @deprecated Use troupe.v1.ScaleSpec.$Properties instead.
         */
        interface IScaleSpec extends troupe.v1.ScaleSpec.$Properties {
        }

        /** Represents a ScaleSpec. */
        class ScaleSpec {

            /**
             * Constructs a new ScaleSpec.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ScaleSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ScaleSpec replicas. */
            replicas: number;

            /**
             * Creates a new ScaleSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ScaleSpec instance
             */
            static create(properties: troupe.v1.ScaleSpec.$Shape): troupe.v1.ScaleSpec & troupe.v1.ScaleSpec.$Shape;
            static create(properties?: troupe.v1.ScaleSpec.$Properties): troupe.v1.ScaleSpec;

            /**
             * Encodes the specified ScaleSpec message. Does not implicitly {@link troupe.v1.ScaleSpec.verify|verify} messages.
             * @param m ScaleSpec message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ScaleSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ScaleSpec message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ScaleSpec & troupe.v1.ScaleSpec.$Shape} ScaleSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ScaleSpec & troupe.v1.ScaleSpec.$Shape;
        }

        namespace ScaleSpec {

            /** Properties of a ScaleSpec. */
            interface $Properties {

                /** ScaleSpec replicas */
                replicas?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ScaleSpec. */
            type $Shape = troupe.v1.ScaleSpec.$Properties;
        }

        /**
         * Properties of a ScaleStatus.
         * @deprecated Use troupe.v1.ScaleStatus.$Properties instead.
         */
        interface IScaleStatus extends troupe.v1.ScaleStatus.$Properties {
        }

        /** Represents a ScaleStatus. */
        class ScaleStatus {

            /**
             * Constructs a new ScaleStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ScaleStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ScaleStatus replicas. */
            replicas: number;

            /** ScaleStatus selector. */
            selector: string;

            /**
             * Creates a new ScaleStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ScaleStatus instance
             */
            static create(properties: troupe.v1.ScaleStatus.$Shape): troupe.v1.ScaleStatus & troupe.v1.ScaleStatus.$Shape;
            static create(properties?: troupe.v1.ScaleStatus.$Properties): troupe.v1.ScaleStatus;

            /**
             * Encodes the specified ScaleStatus message. Does not implicitly {@link troupe.v1.ScaleStatus.verify|verify} messages.
             * @param m ScaleStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ScaleStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ScaleStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ScaleStatus & troupe.v1.ScaleStatus.$Shape} ScaleStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ScaleStatus & troupe.v1.ScaleStatus.$Shape;
        }

        namespace ScaleStatus {

            /** Properties of a ScaleStatus. */
            interface $Properties {

                /** ScaleStatus replicas */
                replicas?: number;

                /** ScaleStatus selector */
                selector?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ScaleStatus. */
            type $Shape = troupe.v1.ScaleStatus.$Properties;
        }

        /**
         * Properties of a Scale.
         * @deprecated Use troupe.v1.Scale.$Properties instead.
         */
        interface IScale extends troupe.v1.Scale.$Properties {
        }

        /** Represents a Scale. */
        class Scale {

            /**
             * Constructs a new Scale.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.Scale.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Scale apiVersion. */
            apiVersion: string;

            /** Scale kind. */
            kind: string;

            /** Scale metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** Scale spec. */
            spec: troupe.v1.ScaleSpec;

            /** Scale status. */
            status: troupe.v1.ScaleStatus;

            /**
             * Creates a new Scale instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Scale instance
             */
            static create(properties: troupe.v1.Scale.$Shape): troupe.v1.Scale & troupe.v1.Scale.$Shape;
            static create(properties?: troupe.v1.Scale.$Properties): troupe.v1.Scale;

            /**
             * Encodes the specified Scale message. Does not implicitly {@link troupe.v1.Scale.verify|verify} messages.
             * @param m Scale message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.Scale.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Scale message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.Scale & troupe.v1.Scale.$Shape} Scale
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.Scale & troupe.v1.Scale.$Shape;
        }

        namespace Scale {

            /** Properties of a Scale. */
            interface $Properties {

                /** Scale apiVersion */
                apiVersion?: string;

                /** Scale kind */
                kind?: string;

                /** Scale metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** Scale spec */
                spec?: troupe.v1.ScaleSpec.$Properties;

                /** Scale status */
                status?: troupe.v1.ScaleStatus.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Scale. */
            type $Shape = troupe.v1.Scale.$Properties;
        }

        /**
         * Properties of a CrossVersionObjectReference.
         * @deprecated Use troupe.v1.CrossVersionObjectReference.$Properties instead.
         */
        interface ICrossVersionObjectReference extends troupe.v1.CrossVersionObjectReference.$Properties {
        }

        /** Represents a CrossVersionObjectReference. */
        class CrossVersionObjectReference {

            /**
             * Constructs a new CrossVersionObjectReference.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.CrossVersionObjectReference.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CrossVersionObjectReference kind. */
            kind: string;

            /** CrossVersionObjectReference name. */
            name: string;

            /** CrossVersionObjectReference apiVersion. */
            apiVersion: string;

            /**
             * Creates a new CrossVersionObjectReference instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CrossVersionObjectReference instance
             */
            static create(properties: troupe.v1.CrossVersionObjectReference.$Shape): troupe.v1.CrossVersionObjectReference & troupe.v1.CrossVersionObjectReference.$Shape;
            static create(properties?: troupe.v1.CrossVersionObjectReference.$Properties): troupe.v1.CrossVersionObjectReference;

            /**
             * Encodes the specified CrossVersionObjectReference message. Does not implicitly {@link troupe.v1.CrossVersionObjectReference.verify|verify} messages.
             * @param m CrossVersionObjectReference message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.CrossVersionObjectReference.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CrossVersionObjectReference message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.CrossVersionObjectReference & troupe.v1.CrossVersionObjectReference.$Shape} CrossVersionObjectReference
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.CrossVersionObjectReference & troupe.v1.CrossVersionObjectReference.$Shape;
        }

        namespace CrossVersionObjectReference {

            /** Properties of a CrossVersionObjectReference. */
            interface $Properties {

                /** CrossVersionObjectReference kind */
                kind?: string;

                /** CrossVersionObjectReference name */
                name?: string;

                /** CrossVersionObjectReference apiVersion */
                apiVersion?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CrossVersionObjectReference. */
            type $Shape = troupe.v1.CrossVersionObjectReference.$Properties;
        }

        /**
         * Properties of a MetricTarget.
         * @deprecated Use troupe.v1.MetricTarget.$Properties instead.
         */
        interface IMetricTarget extends troupe.v1.MetricTarget.$Properties {
        }

        /** Represents a MetricTarget. */
        class MetricTarget {

            /**
             * Constructs a new MetricTarget.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.MetricTarget.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MetricTarget type. */
            type: string;

            /** MetricTarget value. */
            value: (string|null);

            /** MetricTarget averageValue. */
            averageValue: (string|null);

            /** MetricTarget averageUtilization. */
            averageUtilization: (number|null);

            /**
             * Creates a new MetricTarget instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MetricTarget instance
             */
            static create(properties: troupe.v1.MetricTarget.$Shape): troupe.v1.MetricTarget & troupe.v1.MetricTarget.$Shape;
            static create(properties?: troupe.v1.MetricTarget.$Properties): troupe.v1.MetricTarget;

            /**
             * Encodes the specified MetricTarget message. Does not implicitly {@link troupe.v1.MetricTarget.verify|verify} messages.
             * @param m MetricTarget message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.MetricTarget.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetricTarget message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.MetricTarget & troupe.v1.MetricTarget.$Shape} MetricTarget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.MetricTarget & troupe.v1.MetricTarget.$Shape;
        }

        namespace MetricTarget {

            /** Properties of a MetricTarget. */
            interface $Properties {

                /** MetricTarget type */
                type?: string;

                /** MetricTarget value */
                value?: (string|null);

                /** MetricTarget averageValue */
                averageValue?: (string|null);

                /** MetricTarget averageUtilization */
                averageUtilization?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MetricTarget. */
            type $Shape = troupe.v1.MetricTarget.$Properties;
        }

        /**
         * Properties of a MetricValueStatus.
         * @deprecated Use troupe.v1.MetricValueStatus.$Properties instead.
         */
        interface IMetricValueStatus extends troupe.v1.MetricValueStatus.$Properties {
        }

        /** Represents a MetricValueStatus. */
        class MetricValueStatus {

            /**
             * Constructs a new MetricValueStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.MetricValueStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MetricValueStatus value. */
            value: (string|null);

            /** MetricValueStatus averageValue. */
            averageValue: (string|null);

            /** MetricValueStatus averageUtilization. */
            averageUtilization: (number|null);

            /**
             * Creates a new MetricValueStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MetricValueStatus instance
             */
            static create(properties: troupe.v1.MetricValueStatus.$Shape): troupe.v1.MetricValueStatus & troupe.v1.MetricValueStatus.$Shape;
            static create(properties?: troupe.v1.MetricValueStatus.$Properties): troupe.v1.MetricValueStatus;

            /**
             * Encodes the specified MetricValueStatus message. Does not implicitly {@link troupe.v1.MetricValueStatus.verify|verify} messages.
             * @param m MetricValueStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.MetricValueStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetricValueStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.MetricValueStatus & troupe.v1.MetricValueStatus.$Shape} MetricValueStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.MetricValueStatus & troupe.v1.MetricValueStatus.$Shape;
        }

        namespace MetricValueStatus {

            /** Properties of a MetricValueStatus. */
            interface $Properties {

                /** MetricValueStatus value */
                value?: (string|null);

                /** MetricValueStatus averageValue */
                averageValue?: (string|null);

                /** MetricValueStatus averageUtilization */
                averageUtilization?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MetricValueStatus. */
            type $Shape = troupe.v1.MetricValueStatus.$Properties;
        }

        /**
         * Properties of a MetricIdentifier.
         * @deprecated Use troupe.v1.MetricIdentifier.$Properties instead.
         */
        interface IMetricIdentifier extends troupe.v1.MetricIdentifier.$Properties {
        }

        /** Represents a MetricIdentifier. */
        class MetricIdentifier {

            /**
             * Constructs a new MetricIdentifier.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.MetricIdentifier.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MetricIdentifier name. */
            name: string;

            /** MetricIdentifier selector. */
            selector: troupe.v1.LabelSelector;

            /**
             * Creates a new MetricIdentifier instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MetricIdentifier instance
             */
            static create(properties: troupe.v1.MetricIdentifier.$Shape): troupe.v1.MetricIdentifier & troupe.v1.MetricIdentifier.$Shape;
            static create(properties?: troupe.v1.MetricIdentifier.$Properties): troupe.v1.MetricIdentifier;

            /**
             * Encodes the specified MetricIdentifier message. Does not implicitly {@link troupe.v1.MetricIdentifier.verify|verify} messages.
             * @param m MetricIdentifier message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.MetricIdentifier.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetricIdentifier message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.MetricIdentifier & troupe.v1.MetricIdentifier.$Shape} MetricIdentifier
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.MetricIdentifier & troupe.v1.MetricIdentifier.$Shape;
        }

        namespace MetricIdentifier {

            /** Properties of a MetricIdentifier. */
            interface $Properties {

                /** MetricIdentifier name */
                name?: string;

                /** MetricIdentifier selector */
                selector?: troupe.v1.LabelSelector.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MetricIdentifier. */
            type $Shape = troupe.v1.MetricIdentifier.$Properties;
        }

        /**
         * Properties of a ResourceMetricSource.
         * @deprecated Use troupe.v1.ResourceMetricSource.$Properties instead.
         */
        interface IResourceMetricSource extends troupe.v1.ResourceMetricSource.$Properties {
        }

        /** Represents a ResourceMetricSource. */
        class ResourceMetricSource {

            /**
             * Constructs a new ResourceMetricSource.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ResourceMetricSource.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResourceMetricSource name. */
            name: string;

            /** ResourceMetricSource target. */
            target: troupe.v1.MetricTarget;

            /**
             * Creates a new ResourceMetricSource instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResourceMetricSource instance
             */
            static create(properties: troupe.v1.ResourceMetricSource.$Shape): troupe.v1.ResourceMetricSource & troupe.v1.ResourceMetricSource.$Shape;
            static create(properties?: troupe.v1.ResourceMetricSource.$Properties): troupe.v1.ResourceMetricSource;

            /**
             * Encodes the specified ResourceMetricSource message. Does not implicitly {@link troupe.v1.ResourceMetricSource.verify|verify} messages.
             * @param m ResourceMetricSource message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ResourceMetricSource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResourceMetricSource message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ResourceMetricSource & troupe.v1.ResourceMetricSource.$Shape} ResourceMetricSource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ResourceMetricSource & troupe.v1.ResourceMetricSource.$Shape;
        }

        namespace ResourceMetricSource {

            /** Properties of a ResourceMetricSource. */
            interface $Properties {

                /** ResourceMetricSource name */
                name?: string;

                /** ResourceMetricSource target */
                target?: troupe.v1.MetricTarget.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResourceMetricSource. */
            type $Shape = troupe.v1.ResourceMetricSource.$Properties;
        }

        /**
         * Properties of a ContainerResourceMetricSource.
         * @deprecated Use troupe.v1.ContainerResourceMetricSource.$Properties instead.
         */
        interface IContainerResourceMetricSource extends troupe.v1.ContainerResourceMetricSource.$Properties {
        }

        /** Represents a ContainerResourceMetricSource. */
        class ContainerResourceMetricSource {

            /**
             * Constructs a new ContainerResourceMetricSource.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ContainerResourceMetricSource.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContainerResourceMetricSource name. */
            name: string;

            /** ContainerResourceMetricSource target. */
            target: troupe.v1.MetricTarget;

            /** ContainerResourceMetricSource container. */
            container: string;

            /**
             * Creates a new ContainerResourceMetricSource instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerResourceMetricSource instance
             */
            static create(properties: troupe.v1.ContainerResourceMetricSource.$Shape): troupe.v1.ContainerResourceMetricSource & troupe.v1.ContainerResourceMetricSource.$Shape;
            static create(properties?: troupe.v1.ContainerResourceMetricSource.$Properties): troupe.v1.ContainerResourceMetricSource;

            /**
             * Encodes the specified ContainerResourceMetricSource message. Does not implicitly {@link troupe.v1.ContainerResourceMetricSource.verify|verify} messages.
             * @param m ContainerResourceMetricSource message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ContainerResourceMetricSource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerResourceMetricSource message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ContainerResourceMetricSource & troupe.v1.ContainerResourceMetricSource.$Shape} ContainerResourceMetricSource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ContainerResourceMetricSource & troupe.v1.ContainerResourceMetricSource.$Shape;
        }

        namespace ContainerResourceMetricSource {

            /** Properties of a ContainerResourceMetricSource. */
            interface $Properties {

                /** ContainerResourceMetricSource name */
                name?: string;

                /** ContainerResourceMetricSource target */
                target?: troupe.v1.MetricTarget.$Properties;

                /** ContainerResourceMetricSource container */
                container?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContainerResourceMetricSource. */
            type $Shape = troupe.v1.ContainerResourceMetricSource.$Properties;
        }

        /**
         * Properties of a PodsMetricSource.
         * @deprecated Use troupe.v1.PodsMetricSource.$Properties instead.
         */
        interface IPodsMetricSource extends troupe.v1.PodsMetricSource.$Properties {
        }

        /** Represents a PodsMetricSource. */
        class PodsMetricSource {

            /**
             * Constructs a new PodsMetricSource.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PodsMetricSource.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PodsMetricSource metric. */
            metric: troupe.v1.MetricIdentifier;

            /** PodsMetricSource target. */
            target: troupe.v1.MetricTarget;

            /**
             * Creates a new PodsMetricSource instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodsMetricSource instance
             */
            static create(properties: troupe.v1.PodsMetricSource.$Shape): troupe.v1.PodsMetricSource & troupe.v1.PodsMetricSource.$Shape;
            static create(properties?: troupe.v1.PodsMetricSource.$Properties): troupe.v1.PodsMetricSource;

            /**
             * Encodes the specified PodsMetricSource message. Does not implicitly {@link troupe.v1.PodsMetricSource.verify|verify} messages.
             * @param m PodsMetricSource message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PodsMetricSource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodsMetricSource message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PodsMetricSource & troupe.v1.PodsMetricSource.$Shape} PodsMetricSource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PodsMetricSource & troupe.v1.PodsMetricSource.$Shape;
        }

        namespace PodsMetricSource {

            /** Properties of a PodsMetricSource. */
            interface $Properties {

                /** PodsMetricSource metric */
                metric?: troupe.v1.MetricIdentifier.$Properties;

                /** PodsMetricSource target */
                target?: troupe.v1.MetricTarget.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PodsMetricSource. */
            type $Shape = troupe.v1.PodsMetricSource.$Properties;
        }

        /**
         * Properties of an ObjectMetricSource.
         * @deprecated Use troupe.v1.ObjectMetricSource.$Properties instead.
         */
        interface IObjectMetricSource extends troupe.v1.ObjectMetricSource.$Properties {
        }

        /** Represents an ObjectMetricSource. */
        class ObjectMetricSource {

            /**
             * Constructs a new ObjectMetricSource.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ObjectMetricSource.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ObjectMetricSource describedObject. */
            describedObject: troupe.v1.CrossVersionObjectReference;

            /** ObjectMetricSource target. */
            target: troupe.v1.MetricTarget;

            /** ObjectMetricSource metric. */
            metric: troupe.v1.MetricIdentifier;

            /**
             * Creates a new ObjectMetricSource instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ObjectMetricSource instance
             */
            static create(properties: troupe.v1.ObjectMetricSource.$Shape): troupe.v1.ObjectMetricSource & troupe.v1.ObjectMetricSource.$Shape;
            static create(properties?: troupe.v1.ObjectMetricSource.$Properties): troupe.v1.ObjectMetricSource;

            /**
             * Encodes the specified ObjectMetricSource message. Does not implicitly {@link troupe.v1.ObjectMetricSource.verify|verify} messages.
             * @param m ObjectMetricSource message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ObjectMetricSource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ObjectMetricSource message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ObjectMetricSource & troupe.v1.ObjectMetricSource.$Shape} ObjectMetricSource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ObjectMetricSource & troupe.v1.ObjectMetricSource.$Shape;
        }

        namespace ObjectMetricSource {

            /** Properties of an ObjectMetricSource. */
            interface $Properties {

                /** ObjectMetricSource describedObject */
                describedObject?: troupe.v1.CrossVersionObjectReference.$Properties;

                /** ObjectMetricSource target */
                target?: troupe.v1.MetricTarget.$Properties;

                /** ObjectMetricSource metric */
                metric?: troupe.v1.MetricIdentifier.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ObjectMetricSource. */
            type $Shape = troupe.v1.ObjectMetricSource.$Properties;
        }

        /**
         * Properties of an ExternalMetricSource.
         * @deprecated Use troupe.v1.ExternalMetricSource.$Properties instead.
         */
        interface IExternalMetricSource extends troupe.v1.ExternalMetricSource.$Properties {
        }

        /** Represents an ExternalMetricSource. */
        class ExternalMetricSource {

            /**
             * Constructs a new ExternalMetricSource.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ExternalMetricSource.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExternalMetricSource metric. */
            metric: troupe.v1.MetricIdentifier;

            /** ExternalMetricSource target. */
            target: troupe.v1.MetricTarget;

            /**
             * Creates a new ExternalMetricSource instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExternalMetricSource instance
             */
            static create(properties: troupe.v1.ExternalMetricSource.$Shape): troupe.v1.ExternalMetricSource & troupe.v1.ExternalMetricSource.$Shape;
            static create(properties?: troupe.v1.ExternalMetricSource.$Properties): troupe.v1.ExternalMetricSource;

            /**
             * Encodes the specified ExternalMetricSource message. Does not implicitly {@link troupe.v1.ExternalMetricSource.verify|verify} messages.
             * @param m ExternalMetricSource message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ExternalMetricSource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExternalMetricSource message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ExternalMetricSource & troupe.v1.ExternalMetricSource.$Shape} ExternalMetricSource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ExternalMetricSource & troupe.v1.ExternalMetricSource.$Shape;
        }

        namespace ExternalMetricSource {

            /** Properties of an ExternalMetricSource. */
            interface $Properties {

                /** ExternalMetricSource metric */
                metric?: troupe.v1.MetricIdentifier.$Properties;

                /** ExternalMetricSource target */
                target?: troupe.v1.MetricTarget.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExternalMetricSource. */
            type $Shape = troupe.v1.ExternalMetricSource.$Properties;
        }

        /**
         * Properties of a MetricSpec.
         * @deprecated Use troupe.v1.MetricSpec.$Properties instead.
         */
        interface IMetricSpec extends troupe.v1.MetricSpec.$Properties {
        }

        /** Represents a MetricSpec. */
        class MetricSpec {

            /**
             * Constructs a new MetricSpec.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.MetricSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MetricSpec type. */
            type: string;

            /** MetricSpec object. */
            object: troupe.v1.ObjectMetricSource;

            /** MetricSpec pods. */
            pods: troupe.v1.PodsMetricSource;

            /** MetricSpec resource. */
            resource: troupe.v1.ResourceMetricSource;

            /** MetricSpec containerResource. */
            containerResource: troupe.v1.ContainerResourceMetricSource;

            /** MetricSpec external. */
            external: troupe.v1.ExternalMetricSource;

            /**
             * Creates a new MetricSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MetricSpec instance
             */
            static create(properties: troupe.v1.MetricSpec.$Shape): troupe.v1.MetricSpec & troupe.v1.MetricSpec.$Shape;
            static create(properties?: troupe.v1.MetricSpec.$Properties): troupe.v1.MetricSpec;

            /**
             * Encodes the specified MetricSpec message. Does not implicitly {@link troupe.v1.MetricSpec.verify|verify} messages.
             * @param m MetricSpec message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.MetricSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetricSpec message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.MetricSpec & troupe.v1.MetricSpec.$Shape} MetricSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.MetricSpec & troupe.v1.MetricSpec.$Shape;
        }

        namespace MetricSpec {

            /** Properties of a MetricSpec. */
            interface $Properties {

                /** MetricSpec type */
                type?: string;

                /** MetricSpec object */
                object?: troupe.v1.ObjectMetricSource.$Properties;

                /** MetricSpec pods */
                pods?: troupe.v1.PodsMetricSource.$Properties;

                /** MetricSpec resource */
                resource?: troupe.v1.ResourceMetricSource.$Properties;

                /** MetricSpec containerResource */
                containerResource?: troupe.v1.ContainerResourceMetricSource.$Properties;

                /** MetricSpec external */
                external?: troupe.v1.ExternalMetricSource.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MetricSpec. */
            type $Shape = troupe.v1.MetricSpec.$Properties;
        }

        /**
         * Properties of a HPAScalingPolicy.
         * @deprecated Use troupe.v1.HPAScalingPolicy.$Properties instead.
         */
        interface IHPAScalingPolicy extends troupe.v1.HPAScalingPolicy.$Properties {
        }

        /** Represents a HPAScalingPolicy. */
        class HPAScalingPolicy {

            /**
             * Constructs a new HPAScalingPolicy.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.HPAScalingPolicy.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HPAScalingPolicy type. */
            type: string;

            /** HPAScalingPolicy value. */
            value: number;

            /** HPAScalingPolicy periodSeconds. */
            periodSeconds: number;

            /**
             * Creates a new HPAScalingPolicy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HPAScalingPolicy instance
             */
            static create(properties: troupe.v1.HPAScalingPolicy.$Shape): troupe.v1.HPAScalingPolicy & troupe.v1.HPAScalingPolicy.$Shape;
            static create(properties?: troupe.v1.HPAScalingPolicy.$Properties): troupe.v1.HPAScalingPolicy;

            /**
             * Encodes the specified HPAScalingPolicy message. Does not implicitly {@link troupe.v1.HPAScalingPolicy.verify|verify} messages.
             * @param m HPAScalingPolicy message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.HPAScalingPolicy.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HPAScalingPolicy message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.HPAScalingPolicy & troupe.v1.HPAScalingPolicy.$Shape} HPAScalingPolicy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.HPAScalingPolicy & troupe.v1.HPAScalingPolicy.$Shape;
        }

        namespace HPAScalingPolicy {

            /** Properties of a HPAScalingPolicy. */
            interface $Properties {

                /** HPAScalingPolicy type */
                type?: string;

                /** HPAScalingPolicy value */
                value?: number;

                /** HPAScalingPolicy periodSeconds */
                periodSeconds?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HPAScalingPolicy. */
            type $Shape = troupe.v1.HPAScalingPolicy.$Properties;
        }

        /**
         * Properties of a HPAScalingRules.
         * @deprecated Use troupe.v1.HPAScalingRules.$Properties instead.
         */
        interface IHPAScalingRules extends troupe.v1.HPAScalingRules.$Properties {
        }

        /** Represents a HPAScalingRules. */
        class HPAScalingRules {

            /**
             * Constructs a new HPAScalingRules.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.HPAScalingRules.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HPAScalingRules stabilizationWindowSeconds. */
            stabilizationWindowSeconds: (number|null);

            /** HPAScalingRules selectPolicy. */
            selectPolicy: (string|null);

            /** HPAScalingRules policies. */
            policies: troupe.v1.HPAScalingPolicy[];

            /**
             * Creates a new HPAScalingRules instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HPAScalingRules instance
             */
            static create(properties: troupe.v1.HPAScalingRules.$Shape): troupe.v1.HPAScalingRules & troupe.v1.HPAScalingRules.$Shape;
            static create(properties?: troupe.v1.HPAScalingRules.$Properties): troupe.v1.HPAScalingRules;

            /**
             * Encodes the specified HPAScalingRules message. Does not implicitly {@link troupe.v1.HPAScalingRules.verify|verify} messages.
             * @param m HPAScalingRules message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.HPAScalingRules.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HPAScalingRules message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.HPAScalingRules & troupe.v1.HPAScalingRules.$Shape} HPAScalingRules
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.HPAScalingRules & troupe.v1.HPAScalingRules.$Shape;
        }

        namespace HPAScalingRules {

            /** Properties of a HPAScalingRules. */
            interface $Properties {

                /** HPAScalingRules stabilizationWindowSeconds */
                stabilizationWindowSeconds?: (number|null);

                /** HPAScalingRules selectPolicy */
                selectPolicy?: (string|null);

                /** HPAScalingRules policies */
                policies?: troupe.v1.HPAScalingPolicy.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HPAScalingRules. */
            type $Shape = troupe.v1.HPAScalingRules.$Properties;
        }

        /**
         * Properties of a HorizontalPodAutoscalerBehavior.
         * @deprecated Use troupe.v1.HorizontalPodAutoscalerBehavior.$Properties instead.
         */
        interface IHorizontalPodAutoscalerBehavior extends troupe.v1.HorizontalPodAutoscalerBehavior.$Properties {
        }

        /** Represents a HorizontalPodAutoscalerBehavior. */
        class HorizontalPodAutoscalerBehavior {

            /**
             * Constructs a new HorizontalPodAutoscalerBehavior.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.HorizontalPodAutoscalerBehavior.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HorizontalPodAutoscalerBehavior scaleUp. */
            scaleUp: troupe.v1.HPAScalingRules;

            /** HorizontalPodAutoscalerBehavior scaleDown. */
            scaleDown: troupe.v1.HPAScalingRules;

            /**
             * Creates a new HorizontalPodAutoscalerBehavior instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HorizontalPodAutoscalerBehavior instance
             */
            static create(properties: troupe.v1.HorizontalPodAutoscalerBehavior.$Shape): troupe.v1.HorizontalPodAutoscalerBehavior & troupe.v1.HorizontalPodAutoscalerBehavior.$Shape;
            static create(properties?: troupe.v1.HorizontalPodAutoscalerBehavior.$Properties): troupe.v1.HorizontalPodAutoscalerBehavior;

            /**
             * Encodes the specified HorizontalPodAutoscalerBehavior message. Does not implicitly {@link troupe.v1.HorizontalPodAutoscalerBehavior.verify|verify} messages.
             * @param m HorizontalPodAutoscalerBehavior message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.HorizontalPodAutoscalerBehavior.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HorizontalPodAutoscalerBehavior message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.HorizontalPodAutoscalerBehavior & troupe.v1.HorizontalPodAutoscalerBehavior.$Shape} HorizontalPodAutoscalerBehavior
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.HorizontalPodAutoscalerBehavior & troupe.v1.HorizontalPodAutoscalerBehavior.$Shape;
        }

        namespace HorizontalPodAutoscalerBehavior {

            /** Properties of a HorizontalPodAutoscalerBehavior. */
            interface $Properties {

                /** HorizontalPodAutoscalerBehavior scaleUp */
                scaleUp?: troupe.v1.HPAScalingRules.$Properties;

                /** HorizontalPodAutoscalerBehavior scaleDown */
                scaleDown?: troupe.v1.HPAScalingRules.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HorizontalPodAutoscalerBehavior. */
            type $Shape = troupe.v1.HorizontalPodAutoscalerBehavior.$Properties;
        }

        /**
         * Properties of a HorizontalPodAutoscalerSpec.
         * @deprecated Use troupe.v1.HorizontalPodAutoscalerSpec.$Properties instead.
         */
        interface IHorizontalPodAutoscalerSpec extends troupe.v1.HorizontalPodAutoscalerSpec.$Properties {
        }

        /** Represents a HorizontalPodAutoscalerSpec. */
        class HorizontalPodAutoscalerSpec {

            /**
             * Constructs a new HorizontalPodAutoscalerSpec.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.HorizontalPodAutoscalerSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HorizontalPodAutoscalerSpec scaleTargetRef. */
            scaleTargetRef: troupe.v1.CrossVersionObjectReference;

            /** HorizontalPodAutoscalerSpec minReplicas. */
            minReplicas: (number|null);

            /** HorizontalPodAutoscalerSpec maxReplicas. */
            maxReplicas: number;

            /** HorizontalPodAutoscalerSpec metrics. */
            metrics: troupe.v1.MetricSpec[];

            /** HorizontalPodAutoscalerSpec behavior. */
            behavior: troupe.v1.HorizontalPodAutoscalerBehavior;

            /**
             * Creates a new HorizontalPodAutoscalerSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HorizontalPodAutoscalerSpec instance
             */
            static create(properties: troupe.v1.HorizontalPodAutoscalerSpec.$Shape): troupe.v1.HorizontalPodAutoscalerSpec & troupe.v1.HorizontalPodAutoscalerSpec.$Shape;
            static create(properties?: troupe.v1.HorizontalPodAutoscalerSpec.$Properties): troupe.v1.HorizontalPodAutoscalerSpec;

            /**
             * Encodes the specified HorizontalPodAutoscalerSpec message. Does not implicitly {@link troupe.v1.HorizontalPodAutoscalerSpec.verify|verify} messages.
             * @param m HorizontalPodAutoscalerSpec message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.HorizontalPodAutoscalerSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HorizontalPodAutoscalerSpec message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.HorizontalPodAutoscalerSpec & troupe.v1.HorizontalPodAutoscalerSpec.$Shape} HorizontalPodAutoscalerSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.HorizontalPodAutoscalerSpec & troupe.v1.HorizontalPodAutoscalerSpec.$Shape;
        }

        namespace HorizontalPodAutoscalerSpec {

            /** Properties of a HorizontalPodAutoscalerSpec. */
            interface $Properties {

                /** HorizontalPodAutoscalerSpec scaleTargetRef */
                scaleTargetRef?: troupe.v1.CrossVersionObjectReference.$Properties;

                /** HorizontalPodAutoscalerSpec minReplicas */
                minReplicas?: (number|null);

                /** HorizontalPodAutoscalerSpec maxReplicas */
                maxReplicas?: number;

                /** HorizontalPodAutoscalerSpec metrics */
                metrics?: troupe.v1.MetricSpec.$Properties[];

                /** HorizontalPodAutoscalerSpec behavior */
                behavior?: troupe.v1.HorizontalPodAutoscalerBehavior.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HorizontalPodAutoscalerSpec. */
            type $Shape = troupe.v1.HorizontalPodAutoscalerSpec.$Properties;
        }

        /**
         * Properties of a ResourceMetricStatus.
         * @deprecated Use troupe.v1.ResourceMetricStatus.$Properties instead.
         */
        interface IResourceMetricStatus extends troupe.v1.ResourceMetricStatus.$Properties {
        }

        /** Represents a ResourceMetricStatus. */
        class ResourceMetricStatus {

            /**
             * Constructs a new ResourceMetricStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ResourceMetricStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResourceMetricStatus name. */
            name: string;

            /** ResourceMetricStatus current. */
            current: troupe.v1.MetricValueStatus;

            /**
             * Creates a new ResourceMetricStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResourceMetricStatus instance
             */
            static create(properties: troupe.v1.ResourceMetricStatus.$Shape): troupe.v1.ResourceMetricStatus & troupe.v1.ResourceMetricStatus.$Shape;
            static create(properties?: troupe.v1.ResourceMetricStatus.$Properties): troupe.v1.ResourceMetricStatus;

            /**
             * Encodes the specified ResourceMetricStatus message. Does not implicitly {@link troupe.v1.ResourceMetricStatus.verify|verify} messages.
             * @param m ResourceMetricStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ResourceMetricStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResourceMetricStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ResourceMetricStatus & troupe.v1.ResourceMetricStatus.$Shape} ResourceMetricStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ResourceMetricStatus & troupe.v1.ResourceMetricStatus.$Shape;
        }

        namespace ResourceMetricStatus {

            /** Properties of a ResourceMetricStatus. */
            interface $Properties {

                /** ResourceMetricStatus name */
                name?: string;

                /** ResourceMetricStatus current */
                current?: troupe.v1.MetricValueStatus.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResourceMetricStatus. */
            type $Shape = troupe.v1.ResourceMetricStatus.$Properties;
        }

        /**
         * Properties of a ContainerResourceMetricStatus.
         * @deprecated Use troupe.v1.ContainerResourceMetricStatus.$Properties instead.
         */
        interface IContainerResourceMetricStatus extends troupe.v1.ContainerResourceMetricStatus.$Properties {
        }

        /** Represents a ContainerResourceMetricStatus. */
        class ContainerResourceMetricStatus {

            /**
             * Constructs a new ContainerResourceMetricStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ContainerResourceMetricStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContainerResourceMetricStatus name. */
            name: string;

            /** ContainerResourceMetricStatus current. */
            current: troupe.v1.MetricValueStatus;

            /** ContainerResourceMetricStatus container. */
            container: string;

            /**
             * Creates a new ContainerResourceMetricStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerResourceMetricStatus instance
             */
            static create(properties: troupe.v1.ContainerResourceMetricStatus.$Shape): troupe.v1.ContainerResourceMetricStatus & troupe.v1.ContainerResourceMetricStatus.$Shape;
            static create(properties?: troupe.v1.ContainerResourceMetricStatus.$Properties): troupe.v1.ContainerResourceMetricStatus;

            /**
             * Encodes the specified ContainerResourceMetricStatus message. Does not implicitly {@link troupe.v1.ContainerResourceMetricStatus.verify|verify} messages.
             * @param m ContainerResourceMetricStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ContainerResourceMetricStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerResourceMetricStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ContainerResourceMetricStatus & troupe.v1.ContainerResourceMetricStatus.$Shape} ContainerResourceMetricStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ContainerResourceMetricStatus & troupe.v1.ContainerResourceMetricStatus.$Shape;
        }

        namespace ContainerResourceMetricStatus {

            /** Properties of a ContainerResourceMetricStatus. */
            interface $Properties {

                /** ContainerResourceMetricStatus name */
                name?: string;

                /** ContainerResourceMetricStatus current */
                current?: troupe.v1.MetricValueStatus.$Properties;

                /** ContainerResourceMetricStatus container */
                container?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContainerResourceMetricStatus. */
            type $Shape = troupe.v1.ContainerResourceMetricStatus.$Properties;
        }

        /**
         * Properties of a PodsMetricStatus.
         * @deprecated Use troupe.v1.PodsMetricStatus.$Properties instead.
         */
        interface IPodsMetricStatus extends troupe.v1.PodsMetricStatus.$Properties {
        }

        /** Represents a PodsMetricStatus. */
        class PodsMetricStatus {

            /**
             * Constructs a new PodsMetricStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PodsMetricStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PodsMetricStatus metric. */
            metric: troupe.v1.MetricIdentifier;

            /** PodsMetricStatus current. */
            current: troupe.v1.MetricValueStatus;

            /**
             * Creates a new PodsMetricStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodsMetricStatus instance
             */
            static create(properties: troupe.v1.PodsMetricStatus.$Shape): troupe.v1.PodsMetricStatus & troupe.v1.PodsMetricStatus.$Shape;
            static create(properties?: troupe.v1.PodsMetricStatus.$Properties): troupe.v1.PodsMetricStatus;

            /**
             * Encodes the specified PodsMetricStatus message. Does not implicitly {@link troupe.v1.PodsMetricStatus.verify|verify} messages.
             * @param m PodsMetricStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PodsMetricStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodsMetricStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PodsMetricStatus & troupe.v1.PodsMetricStatus.$Shape} PodsMetricStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PodsMetricStatus & troupe.v1.PodsMetricStatus.$Shape;
        }

        namespace PodsMetricStatus {

            /** Properties of a PodsMetricStatus. */
            interface $Properties {

                /** PodsMetricStatus metric */
                metric?: troupe.v1.MetricIdentifier.$Properties;

                /** PodsMetricStatus current */
                current?: troupe.v1.MetricValueStatus.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PodsMetricStatus. */
            type $Shape = troupe.v1.PodsMetricStatus.$Properties;
        }

        /**
         * Properties of an ObjectMetricStatus.
         * @deprecated Use troupe.v1.ObjectMetricStatus.$Properties instead.
         */
        interface IObjectMetricStatus extends troupe.v1.ObjectMetricStatus.$Properties {
        }

        /** Represents an ObjectMetricStatus. */
        class ObjectMetricStatus {

            /**
             * Constructs a new ObjectMetricStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ObjectMetricStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ObjectMetricStatus metric. */
            metric: troupe.v1.MetricIdentifier;

            /** ObjectMetricStatus current. */
            current: troupe.v1.MetricValueStatus;

            /** ObjectMetricStatus describedObject. */
            describedObject: troupe.v1.CrossVersionObjectReference;

            /**
             * Creates a new ObjectMetricStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ObjectMetricStatus instance
             */
            static create(properties: troupe.v1.ObjectMetricStatus.$Shape): troupe.v1.ObjectMetricStatus & troupe.v1.ObjectMetricStatus.$Shape;
            static create(properties?: troupe.v1.ObjectMetricStatus.$Properties): troupe.v1.ObjectMetricStatus;

            /**
             * Encodes the specified ObjectMetricStatus message. Does not implicitly {@link troupe.v1.ObjectMetricStatus.verify|verify} messages.
             * @param m ObjectMetricStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ObjectMetricStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ObjectMetricStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ObjectMetricStatus & troupe.v1.ObjectMetricStatus.$Shape} ObjectMetricStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ObjectMetricStatus & troupe.v1.ObjectMetricStatus.$Shape;
        }

        namespace ObjectMetricStatus {

            /** Properties of an ObjectMetricStatus. */
            interface $Properties {

                /** ObjectMetricStatus metric */
                metric?: troupe.v1.MetricIdentifier.$Properties;

                /** ObjectMetricStatus current */
                current?: troupe.v1.MetricValueStatus.$Properties;

                /** ObjectMetricStatus describedObject */
                describedObject?: troupe.v1.CrossVersionObjectReference.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ObjectMetricStatus. */
            type $Shape = troupe.v1.ObjectMetricStatus.$Properties;
        }

        /**
         * Properties of an ExternalMetricStatus.
         * @deprecated Use troupe.v1.ExternalMetricStatus.$Properties instead.
         */
        interface IExternalMetricStatus extends troupe.v1.ExternalMetricStatus.$Properties {
        }

        /** Represents an ExternalMetricStatus. */
        class ExternalMetricStatus {

            /**
             * Constructs a new ExternalMetricStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ExternalMetricStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExternalMetricStatus metric. */
            metric: troupe.v1.MetricIdentifier;

            /** ExternalMetricStatus current. */
            current: troupe.v1.MetricValueStatus;

            /**
             * Creates a new ExternalMetricStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExternalMetricStatus instance
             */
            static create(properties: troupe.v1.ExternalMetricStatus.$Shape): troupe.v1.ExternalMetricStatus & troupe.v1.ExternalMetricStatus.$Shape;
            static create(properties?: troupe.v1.ExternalMetricStatus.$Properties): troupe.v1.ExternalMetricStatus;

            /**
             * Encodes the specified ExternalMetricStatus message. Does not implicitly {@link troupe.v1.ExternalMetricStatus.verify|verify} messages.
             * @param m ExternalMetricStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ExternalMetricStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExternalMetricStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ExternalMetricStatus & troupe.v1.ExternalMetricStatus.$Shape} ExternalMetricStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ExternalMetricStatus & troupe.v1.ExternalMetricStatus.$Shape;
        }

        namespace ExternalMetricStatus {

            /** Properties of an ExternalMetricStatus. */
            interface $Properties {

                /** ExternalMetricStatus metric */
                metric?: troupe.v1.MetricIdentifier.$Properties;

                /** ExternalMetricStatus current */
                current?: troupe.v1.MetricValueStatus.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExternalMetricStatus. */
            type $Shape = troupe.v1.ExternalMetricStatus.$Properties;
        }

        /**
         * Properties of a MetricStatus.
         * @deprecated Use troupe.v1.MetricStatus.$Properties instead.
         */
        interface IMetricStatus extends troupe.v1.MetricStatus.$Properties {
        }

        /** Represents a MetricStatus. */
        class MetricStatus {

            /**
             * Constructs a new MetricStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.MetricStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MetricStatus type. */
            type: string;

            /** MetricStatus object. */
            object: troupe.v1.ObjectMetricStatus;

            /** MetricStatus pods. */
            pods: troupe.v1.PodsMetricStatus;

            /** MetricStatus resource. */
            resource: troupe.v1.ResourceMetricStatus;

            /** MetricStatus containerResource. */
            containerResource: troupe.v1.ContainerResourceMetricStatus;

            /** MetricStatus external. */
            external: troupe.v1.ExternalMetricStatus;

            /**
             * Creates a new MetricStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MetricStatus instance
             */
            static create(properties: troupe.v1.MetricStatus.$Shape): troupe.v1.MetricStatus & troupe.v1.MetricStatus.$Shape;
            static create(properties?: troupe.v1.MetricStatus.$Properties): troupe.v1.MetricStatus;

            /**
             * Encodes the specified MetricStatus message. Does not implicitly {@link troupe.v1.MetricStatus.verify|verify} messages.
             * @param m MetricStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.MetricStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetricStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.MetricStatus & troupe.v1.MetricStatus.$Shape} MetricStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.MetricStatus & troupe.v1.MetricStatus.$Shape;
        }

        namespace MetricStatus {

            /** Properties of a MetricStatus. */
            interface $Properties {

                /** MetricStatus type */
                type?: string;

                /** MetricStatus object */
                object?: troupe.v1.ObjectMetricStatus.$Properties;

                /** MetricStatus pods */
                pods?: troupe.v1.PodsMetricStatus.$Properties;

                /** MetricStatus resource */
                resource?: troupe.v1.ResourceMetricStatus.$Properties;

                /** MetricStatus containerResource */
                containerResource?: troupe.v1.ContainerResourceMetricStatus.$Properties;

                /** MetricStatus external */
                external?: troupe.v1.ExternalMetricStatus.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MetricStatus. */
            type $Shape = troupe.v1.MetricStatus.$Properties;
        }

        /**
         * Properties of a HorizontalPodAutoscalerStatus.
         * @deprecated Use troupe.v1.HorizontalPodAutoscalerStatus.$Properties instead.
         */
        interface IHorizontalPodAutoscalerStatus extends troupe.v1.HorizontalPodAutoscalerStatus.$Properties {
        }

        /** Represents a HorizontalPodAutoscalerStatus. */
        class HorizontalPodAutoscalerStatus {

            /**
             * Constructs a new HorizontalPodAutoscalerStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.HorizontalPodAutoscalerStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HorizontalPodAutoscalerStatus observedGeneration. */
            observedGeneration: (number|null);

            /** HorizontalPodAutoscalerStatus lastScaleTime. */
            lastScaleTime: string;

            /** HorizontalPodAutoscalerStatus currentReplicas. */
            currentReplicas: number;

            /** HorizontalPodAutoscalerStatus desiredReplicas. */
            desiredReplicas: number;

            /** HorizontalPodAutoscalerStatus currentMetrics. */
            currentMetrics: troupe.v1.MetricStatus[];

            /** HorizontalPodAutoscalerStatus conditions. */
            conditions: troupe.v1.Condition[];

            /**
             * Creates a new HorizontalPodAutoscalerStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HorizontalPodAutoscalerStatus instance
             */
            static create(properties: troupe.v1.HorizontalPodAutoscalerStatus.$Shape): troupe.v1.HorizontalPodAutoscalerStatus & troupe.v1.HorizontalPodAutoscalerStatus.$Shape;
            static create(properties?: troupe.v1.HorizontalPodAutoscalerStatus.$Properties): troupe.v1.HorizontalPodAutoscalerStatus;

            /**
             * Encodes the specified HorizontalPodAutoscalerStatus message. Does not implicitly {@link troupe.v1.HorizontalPodAutoscalerStatus.verify|verify} messages.
             * @param m HorizontalPodAutoscalerStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.HorizontalPodAutoscalerStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HorizontalPodAutoscalerStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.HorizontalPodAutoscalerStatus & troupe.v1.HorizontalPodAutoscalerStatus.$Shape} HorizontalPodAutoscalerStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.HorizontalPodAutoscalerStatus & troupe.v1.HorizontalPodAutoscalerStatus.$Shape;
        }

        namespace HorizontalPodAutoscalerStatus {

            /** Properties of a HorizontalPodAutoscalerStatus. */
            interface $Properties {

                /** HorizontalPodAutoscalerStatus observedGeneration */
                observedGeneration?: (number|null);

                /** HorizontalPodAutoscalerStatus lastScaleTime */
                lastScaleTime?: string;

                /** HorizontalPodAutoscalerStatus currentReplicas */
                currentReplicas?: number;

                /** HorizontalPodAutoscalerStatus desiredReplicas */
                desiredReplicas?: number;

                /** HorizontalPodAutoscalerStatus currentMetrics */
                currentMetrics?: troupe.v1.MetricStatus.$Properties[];

                /** HorizontalPodAutoscalerStatus conditions */
                conditions?: troupe.v1.Condition.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HorizontalPodAutoscalerStatus. */
            type $Shape = troupe.v1.HorizontalPodAutoscalerStatus.$Properties;
        }

        /**
         * Properties of a HorizontalPodAutoscaler.
         * @deprecated Use troupe.v1.HorizontalPodAutoscaler.$Properties instead.
         */
        interface IHorizontalPodAutoscaler extends troupe.v1.HorizontalPodAutoscaler.$Properties {
        }

        /** Represents a HorizontalPodAutoscaler. */
        class HorizontalPodAutoscaler {

            /**
             * Constructs a new HorizontalPodAutoscaler.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.HorizontalPodAutoscaler.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HorizontalPodAutoscaler apiVersion. */
            apiVersion: string;

            /** HorizontalPodAutoscaler kind. */
            kind: string;

            /** HorizontalPodAutoscaler metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** HorizontalPodAutoscaler spec. */
            spec: troupe.v1.HorizontalPodAutoscalerSpec;

            /** HorizontalPodAutoscaler status. */
            status: troupe.v1.HorizontalPodAutoscalerStatus;

            /**
             * Creates a new HorizontalPodAutoscaler instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HorizontalPodAutoscaler instance
             */
            static create(properties: troupe.v1.HorizontalPodAutoscaler.$Shape): troupe.v1.HorizontalPodAutoscaler & troupe.v1.HorizontalPodAutoscaler.$Shape;
            static create(properties?: troupe.v1.HorizontalPodAutoscaler.$Properties): troupe.v1.HorizontalPodAutoscaler;

            /**
             * Encodes the specified HorizontalPodAutoscaler message. Does not implicitly {@link troupe.v1.HorizontalPodAutoscaler.verify|verify} messages.
             * @param m HorizontalPodAutoscaler message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.HorizontalPodAutoscaler.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HorizontalPodAutoscaler message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.HorizontalPodAutoscaler & troupe.v1.HorizontalPodAutoscaler.$Shape} HorizontalPodAutoscaler
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.HorizontalPodAutoscaler & troupe.v1.HorizontalPodAutoscaler.$Shape;
        }

        namespace HorizontalPodAutoscaler {

            /** Properties of a HorizontalPodAutoscaler. */
            interface $Properties {

                /** HorizontalPodAutoscaler apiVersion */
                apiVersion?: string;

                /** HorizontalPodAutoscaler kind */
                kind?: string;

                /** HorizontalPodAutoscaler metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** HorizontalPodAutoscaler spec */
                spec?: troupe.v1.HorizontalPodAutoscalerSpec.$Properties;

                /** HorizontalPodAutoscaler status */
                status?: troupe.v1.HorizontalPodAutoscalerStatus.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HorizontalPodAutoscaler. */
            type $Shape = troupe.v1.HorizontalPodAutoscaler.$Properties;
        }

        /**
         * Properties of a VerticalPodAutoscalerSpec.
         * @deprecated Use troupe.v1.VerticalPodAutoscalerSpec.$Properties instead.
         */
        interface IVerticalPodAutoscalerSpec extends troupe.v1.VerticalPodAutoscalerSpec.$Properties {
        }

        /** Represents a VerticalPodAutoscalerSpec. */
        class VerticalPodAutoscalerSpec {

            /**
             * Constructs a new VerticalPodAutoscalerSpec.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.VerticalPodAutoscalerSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VerticalPodAutoscalerSpec targetRef. */
            targetRef: troupe.v1.CrossVersionObjectReference;

            /** VerticalPodAutoscalerSpec updatePolicy. */
            updatePolicy: troupe.v1.PodUpdatePolicy;

            /** VerticalPodAutoscalerSpec resourcePolicy. */
            resourcePolicy: troupe.v1.PodResourcePolicy;

            /**
             * Creates a new VerticalPodAutoscalerSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VerticalPodAutoscalerSpec instance
             */
            static create(properties: troupe.v1.VerticalPodAutoscalerSpec.$Shape): troupe.v1.VerticalPodAutoscalerSpec & troupe.v1.VerticalPodAutoscalerSpec.$Shape;
            static create(properties?: troupe.v1.VerticalPodAutoscalerSpec.$Properties): troupe.v1.VerticalPodAutoscalerSpec;

            /**
             * Encodes the specified VerticalPodAutoscalerSpec message. Does not implicitly {@link troupe.v1.VerticalPodAutoscalerSpec.verify|verify} messages.
             * @param m VerticalPodAutoscalerSpec message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.VerticalPodAutoscalerSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VerticalPodAutoscalerSpec message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.VerticalPodAutoscalerSpec & troupe.v1.VerticalPodAutoscalerSpec.$Shape} VerticalPodAutoscalerSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.VerticalPodAutoscalerSpec & troupe.v1.VerticalPodAutoscalerSpec.$Shape;
        }

        namespace VerticalPodAutoscalerSpec {

            /** Properties of a VerticalPodAutoscalerSpec. */
            interface $Properties {

                /** VerticalPodAutoscalerSpec targetRef */
                targetRef?: troupe.v1.CrossVersionObjectReference.$Properties;

                /** VerticalPodAutoscalerSpec updatePolicy */
                updatePolicy?: troupe.v1.PodUpdatePolicy.$Properties;

                /** VerticalPodAutoscalerSpec resourcePolicy */
                resourcePolicy?: troupe.v1.PodResourcePolicy.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VerticalPodAutoscalerSpec. */
            type $Shape = troupe.v1.VerticalPodAutoscalerSpec.$Properties;
        }

        /**
         * Properties of a PodUpdatePolicy.
         * @deprecated Use troupe.v1.PodUpdatePolicy.$Properties instead.
         */
        interface IPodUpdatePolicy extends troupe.v1.PodUpdatePolicy.$Properties {
        }

        /** Represents a PodUpdatePolicy. */
        class PodUpdatePolicy {

            /**
             * Constructs a new PodUpdatePolicy.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PodUpdatePolicy.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PodUpdatePolicy updateMode. */
            updateMode: (string|null);

            /** PodUpdatePolicy minReplicas. */
            minReplicas: (number|null);

            /**
             * Creates a new PodUpdatePolicy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodUpdatePolicy instance
             */
            static create(properties: troupe.v1.PodUpdatePolicy.$Shape): troupe.v1.PodUpdatePolicy & troupe.v1.PodUpdatePolicy.$Shape;
            static create(properties?: troupe.v1.PodUpdatePolicy.$Properties): troupe.v1.PodUpdatePolicy;

            /**
             * Encodes the specified PodUpdatePolicy message. Does not implicitly {@link troupe.v1.PodUpdatePolicy.verify|verify} messages.
             * @param m PodUpdatePolicy message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PodUpdatePolicy.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodUpdatePolicy message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PodUpdatePolicy & troupe.v1.PodUpdatePolicy.$Shape} PodUpdatePolicy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PodUpdatePolicy & troupe.v1.PodUpdatePolicy.$Shape;
        }

        namespace PodUpdatePolicy {

            /** Properties of a PodUpdatePolicy. */
            interface $Properties {

                /** PodUpdatePolicy updateMode */
                updateMode?: (string|null);

                /** PodUpdatePolicy minReplicas */
                minReplicas?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PodUpdatePolicy. */
            type $Shape = troupe.v1.PodUpdatePolicy.$Properties;
        }

        /**
         * Properties of a PodResourcePolicy.
         * @deprecated Use troupe.v1.PodResourcePolicy.$Properties instead.
         */
        interface IPodResourcePolicy extends troupe.v1.PodResourcePolicy.$Properties {
        }

        /** Represents a PodResourcePolicy. */
        class PodResourcePolicy {

            /**
             * Constructs a new PodResourcePolicy.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PodResourcePolicy.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PodResourcePolicy containerPolicies. */
            containerPolicies: troupe.v1.ContainerResourcePolicy[];

            /**
             * Creates a new PodResourcePolicy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodResourcePolicy instance
             */
            static create(properties: troupe.v1.PodResourcePolicy.$Shape): troupe.v1.PodResourcePolicy & troupe.v1.PodResourcePolicy.$Shape;
            static create(properties?: troupe.v1.PodResourcePolicy.$Properties): troupe.v1.PodResourcePolicy;

            /**
             * Encodes the specified PodResourcePolicy message. Does not implicitly {@link troupe.v1.PodResourcePolicy.verify|verify} messages.
             * @param m PodResourcePolicy message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PodResourcePolicy.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodResourcePolicy message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PodResourcePolicy & troupe.v1.PodResourcePolicy.$Shape} PodResourcePolicy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PodResourcePolicy & troupe.v1.PodResourcePolicy.$Shape;
        }

        namespace PodResourcePolicy {

            /** Properties of a PodResourcePolicy. */
            interface $Properties {

                /** PodResourcePolicy containerPolicies */
                containerPolicies?: troupe.v1.ContainerResourcePolicy.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PodResourcePolicy. */
            type $Shape = troupe.v1.PodResourcePolicy.$Properties;
        }

        /**
         * Properties of a ContainerResourcePolicy.
         * @deprecated Use troupe.v1.ContainerResourcePolicy.$Properties instead.
         */
        interface IContainerResourcePolicy extends troupe.v1.ContainerResourcePolicy.$Properties {
        }

        /** Represents a ContainerResourcePolicy. */
        class ContainerResourcePolicy {

            /**
             * Constructs a new ContainerResourcePolicy.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ContainerResourcePolicy.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContainerResourcePolicy containerName. */
            containerName: string;

            /** ContainerResourcePolicy mode. */
            mode: (string|null);

            /** ContainerResourcePolicy minAllowed. */
            minAllowed: { [k: string]: string };

            /** ContainerResourcePolicy maxAllowed. */
            maxAllowed: { [k: string]: string };

            /** ContainerResourcePolicy controlledResources. */
            controlledResources: string[];

            /** ContainerResourcePolicy controlledValues. */
            controlledValues: (string|null);

            /**
             * Creates a new ContainerResourcePolicy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContainerResourcePolicy instance
             */
            static create(properties: troupe.v1.ContainerResourcePolicy.$Shape): troupe.v1.ContainerResourcePolicy & troupe.v1.ContainerResourcePolicy.$Shape;
            static create(properties?: troupe.v1.ContainerResourcePolicy.$Properties): troupe.v1.ContainerResourcePolicy;

            /**
             * Encodes the specified ContainerResourcePolicy message. Does not implicitly {@link troupe.v1.ContainerResourcePolicy.verify|verify} messages.
             * @param m ContainerResourcePolicy message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ContainerResourcePolicy.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContainerResourcePolicy message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ContainerResourcePolicy & troupe.v1.ContainerResourcePolicy.$Shape} ContainerResourcePolicy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ContainerResourcePolicy & troupe.v1.ContainerResourcePolicy.$Shape;
        }

        namespace ContainerResourcePolicy {

            /** Properties of a ContainerResourcePolicy. */
            interface $Properties {

                /** ContainerResourcePolicy containerName */
                containerName?: string;

                /** ContainerResourcePolicy mode */
                mode?: (string|null);

                /** ContainerResourcePolicy minAllowed */
                minAllowed?: { [k: string]: string };

                /** ContainerResourcePolicy maxAllowed */
                maxAllowed?: { [k: string]: string };

                /** ContainerResourcePolicy controlledResources */
                controlledResources?: string[];

                /** ContainerResourcePolicy controlledValues */
                controlledValues?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContainerResourcePolicy. */
            type $Shape = troupe.v1.ContainerResourcePolicy.$Properties;
        }

        /**
         * Properties of a RecommendedContainerResources.
         * @deprecated Use troupe.v1.RecommendedContainerResources.$Properties instead.
         */
        interface IRecommendedContainerResources extends troupe.v1.RecommendedContainerResources.$Properties {
        }

        /** Represents a RecommendedContainerResources. */
        class RecommendedContainerResources {

            /**
             * Constructs a new RecommendedContainerResources.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.RecommendedContainerResources.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RecommendedContainerResources containerName. */
            containerName: string;

            /** RecommendedContainerResources target. */
            target: { [k: string]: string };

            /** RecommendedContainerResources lowerBound. */
            lowerBound: { [k: string]: string };

            /** RecommendedContainerResources upperBound. */
            upperBound: { [k: string]: string };

            /** RecommendedContainerResources uncappedTarget. */
            uncappedTarget: { [k: string]: string };

            /**
             * Creates a new RecommendedContainerResources instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RecommendedContainerResources instance
             */
            static create(properties: troupe.v1.RecommendedContainerResources.$Shape): troupe.v1.RecommendedContainerResources & troupe.v1.RecommendedContainerResources.$Shape;
            static create(properties?: troupe.v1.RecommendedContainerResources.$Properties): troupe.v1.RecommendedContainerResources;

            /**
             * Encodes the specified RecommendedContainerResources message. Does not implicitly {@link troupe.v1.RecommendedContainerResources.verify|verify} messages.
             * @param m RecommendedContainerResources message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.RecommendedContainerResources.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RecommendedContainerResources message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.RecommendedContainerResources & troupe.v1.RecommendedContainerResources.$Shape} RecommendedContainerResources
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.RecommendedContainerResources & troupe.v1.RecommendedContainerResources.$Shape;
        }

        namespace RecommendedContainerResources {

            /** Properties of a RecommendedContainerResources. */
            interface $Properties {

                /** RecommendedContainerResources containerName */
                containerName?: string;

                /** RecommendedContainerResources target */
                target?: { [k: string]: string };

                /** RecommendedContainerResources lowerBound */
                lowerBound?: { [k: string]: string };

                /** RecommendedContainerResources upperBound */
                upperBound?: { [k: string]: string };

                /** RecommendedContainerResources uncappedTarget */
                uncappedTarget?: { [k: string]: string };

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RecommendedContainerResources. */
            type $Shape = troupe.v1.RecommendedContainerResources.$Properties;
        }

        /**
         * Properties of a RecommendedPodResources.
         * @deprecated Use troupe.v1.RecommendedPodResources.$Properties instead.
         */
        interface IRecommendedPodResources extends troupe.v1.RecommendedPodResources.$Properties {
        }

        /** Represents a RecommendedPodResources. */
        class RecommendedPodResources {

            /**
             * Constructs a new RecommendedPodResources.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.RecommendedPodResources.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RecommendedPodResources containerRecommendations. */
            containerRecommendations: troupe.v1.RecommendedContainerResources[];

            /**
             * Creates a new RecommendedPodResources instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RecommendedPodResources instance
             */
            static create(properties: troupe.v1.RecommendedPodResources.$Shape): troupe.v1.RecommendedPodResources & troupe.v1.RecommendedPodResources.$Shape;
            static create(properties?: troupe.v1.RecommendedPodResources.$Properties): troupe.v1.RecommendedPodResources;

            /**
             * Encodes the specified RecommendedPodResources message. Does not implicitly {@link troupe.v1.RecommendedPodResources.verify|verify} messages.
             * @param m RecommendedPodResources message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.RecommendedPodResources.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RecommendedPodResources message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.RecommendedPodResources & troupe.v1.RecommendedPodResources.$Shape} RecommendedPodResources
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.RecommendedPodResources & troupe.v1.RecommendedPodResources.$Shape;
        }

        namespace RecommendedPodResources {

            /** Properties of a RecommendedPodResources. */
            interface $Properties {

                /** RecommendedPodResources containerRecommendations */
                containerRecommendations?: troupe.v1.RecommendedContainerResources.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RecommendedPodResources. */
            type $Shape = troupe.v1.RecommendedPodResources.$Properties;
        }

        /**
         * Properties of a VerticalPodAutoscalerStatus.
         * @deprecated Use troupe.v1.VerticalPodAutoscalerStatus.$Properties instead.
         */
        interface IVerticalPodAutoscalerStatus extends troupe.v1.VerticalPodAutoscalerStatus.$Properties {
        }

        /** Represents a VerticalPodAutoscalerStatus. */
        class VerticalPodAutoscalerStatus {

            /**
             * Constructs a new VerticalPodAutoscalerStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.VerticalPodAutoscalerStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VerticalPodAutoscalerStatus recommendation. */
            recommendation: troupe.v1.RecommendedPodResources;

            /** VerticalPodAutoscalerStatus conditions. */
            conditions: troupe.v1.Condition[];

            /**
             * Creates a new VerticalPodAutoscalerStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VerticalPodAutoscalerStatus instance
             */
            static create(properties: troupe.v1.VerticalPodAutoscalerStatus.$Shape): troupe.v1.VerticalPodAutoscalerStatus & troupe.v1.VerticalPodAutoscalerStatus.$Shape;
            static create(properties?: troupe.v1.VerticalPodAutoscalerStatus.$Properties): troupe.v1.VerticalPodAutoscalerStatus;

            /**
             * Encodes the specified VerticalPodAutoscalerStatus message. Does not implicitly {@link troupe.v1.VerticalPodAutoscalerStatus.verify|verify} messages.
             * @param m VerticalPodAutoscalerStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.VerticalPodAutoscalerStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VerticalPodAutoscalerStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.VerticalPodAutoscalerStatus & troupe.v1.VerticalPodAutoscalerStatus.$Shape} VerticalPodAutoscalerStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.VerticalPodAutoscalerStatus & troupe.v1.VerticalPodAutoscalerStatus.$Shape;
        }

        namespace VerticalPodAutoscalerStatus {

            /** Properties of a VerticalPodAutoscalerStatus. */
            interface $Properties {

                /** VerticalPodAutoscalerStatus recommendation */
                recommendation?: troupe.v1.RecommendedPodResources.$Properties;

                /** VerticalPodAutoscalerStatus conditions */
                conditions?: troupe.v1.Condition.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VerticalPodAutoscalerStatus. */
            type $Shape = troupe.v1.VerticalPodAutoscalerStatus.$Properties;
        }

        /**
         * Properties of a VerticalPodAutoscaler.
         * @deprecated Use troupe.v1.VerticalPodAutoscaler.$Properties instead.
         */
        interface IVerticalPodAutoscaler extends troupe.v1.VerticalPodAutoscaler.$Properties {
        }

        /** Represents a VerticalPodAutoscaler. */
        class VerticalPodAutoscaler {

            /**
             * Constructs a new VerticalPodAutoscaler.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.VerticalPodAutoscaler.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VerticalPodAutoscaler apiVersion. */
            apiVersion: string;

            /** VerticalPodAutoscaler kind. */
            kind: string;

            /** VerticalPodAutoscaler metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** VerticalPodAutoscaler spec. */
            spec: troupe.v1.VerticalPodAutoscalerSpec;

            /** VerticalPodAutoscaler status. */
            status: troupe.v1.VerticalPodAutoscalerStatus;

            /**
             * Creates a new VerticalPodAutoscaler instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VerticalPodAutoscaler instance
             */
            static create(properties: troupe.v1.VerticalPodAutoscaler.$Shape): troupe.v1.VerticalPodAutoscaler & troupe.v1.VerticalPodAutoscaler.$Shape;
            static create(properties?: troupe.v1.VerticalPodAutoscaler.$Properties): troupe.v1.VerticalPodAutoscaler;

            /**
             * Encodes the specified VerticalPodAutoscaler message. Does not implicitly {@link troupe.v1.VerticalPodAutoscaler.verify|verify} messages.
             * @param m VerticalPodAutoscaler message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.VerticalPodAutoscaler.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VerticalPodAutoscaler message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.VerticalPodAutoscaler & troupe.v1.VerticalPodAutoscaler.$Shape} VerticalPodAutoscaler
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.VerticalPodAutoscaler & troupe.v1.VerticalPodAutoscaler.$Shape;
        }

        namespace VerticalPodAutoscaler {

            /** Properties of a VerticalPodAutoscaler. */
            interface $Properties {

                /** VerticalPodAutoscaler apiVersion */
                apiVersion?: string;

                /** VerticalPodAutoscaler kind */
                kind?: string;

                /** VerticalPodAutoscaler metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** VerticalPodAutoscaler spec */
                spec?: troupe.v1.VerticalPodAutoscalerSpec.$Properties;

                /** VerticalPodAutoscaler status */
                status?: troupe.v1.VerticalPodAutoscalerStatus.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VerticalPodAutoscaler. */
            type $Shape = troupe.v1.VerticalPodAutoscaler.$Properties;
        }

        /**
         * Properties of a PodFailurePolicyOnExitCodesRequirement.
         * @deprecated Use troupe.v1.PodFailurePolicyOnExitCodesRequirement.$Properties instead.
         */
        interface IPodFailurePolicyOnExitCodesRequirement extends troupe.v1.PodFailurePolicyOnExitCodesRequirement.$Properties {
        }

        /** Represents a PodFailurePolicyOnExitCodesRequirement. */
        class PodFailurePolicyOnExitCodesRequirement {

            /**
             * Constructs a new PodFailurePolicyOnExitCodesRequirement.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PodFailurePolicyOnExitCodesRequirement.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PodFailurePolicyOnExitCodesRequirement containerName. */
            containerName: (string|null);

            /** PodFailurePolicyOnExitCodesRequirement operator. */
            operator: string;

            /** PodFailurePolicyOnExitCodesRequirement values. */
            values: number[];

            /**
             * Creates a new PodFailurePolicyOnExitCodesRequirement instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodFailurePolicyOnExitCodesRequirement instance
             */
            static create(properties: troupe.v1.PodFailurePolicyOnExitCodesRequirement.$Shape): troupe.v1.PodFailurePolicyOnExitCodesRequirement & troupe.v1.PodFailurePolicyOnExitCodesRequirement.$Shape;
            static create(properties?: troupe.v1.PodFailurePolicyOnExitCodesRequirement.$Properties): troupe.v1.PodFailurePolicyOnExitCodesRequirement;

            /**
             * Encodes the specified PodFailurePolicyOnExitCodesRequirement message. Does not implicitly {@link troupe.v1.PodFailurePolicyOnExitCodesRequirement.verify|verify} messages.
             * @param m PodFailurePolicyOnExitCodesRequirement message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PodFailurePolicyOnExitCodesRequirement.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodFailurePolicyOnExitCodesRequirement message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PodFailurePolicyOnExitCodesRequirement & troupe.v1.PodFailurePolicyOnExitCodesRequirement.$Shape} PodFailurePolicyOnExitCodesRequirement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PodFailurePolicyOnExitCodesRequirement & troupe.v1.PodFailurePolicyOnExitCodesRequirement.$Shape;
        }

        namespace PodFailurePolicyOnExitCodesRequirement {

            /** Properties of a PodFailurePolicyOnExitCodesRequirement. */
            interface $Properties {

                /** PodFailurePolicyOnExitCodesRequirement containerName */
                containerName?: (string|null);

                /** PodFailurePolicyOnExitCodesRequirement operator */
                operator?: string;

                /** PodFailurePolicyOnExitCodesRequirement values */
                values?: number[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PodFailurePolicyOnExitCodesRequirement. */
            type $Shape = troupe.v1.PodFailurePolicyOnExitCodesRequirement.$Properties;
        }

        /**
         * Properties of a PodFailurePolicyOnPodConditionsPattern.
         * @deprecated Use troupe.v1.PodFailurePolicyOnPodConditionsPattern.$Properties instead.
         */
        interface IPodFailurePolicyOnPodConditionsPattern extends troupe.v1.PodFailurePolicyOnPodConditionsPattern.$Properties {
        }

        /** Represents a PodFailurePolicyOnPodConditionsPattern. */
        class PodFailurePolicyOnPodConditionsPattern {

            /**
             * Constructs a new PodFailurePolicyOnPodConditionsPattern.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PodFailurePolicyOnPodConditionsPattern.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PodFailurePolicyOnPodConditionsPattern type. */
            type: string;

            /** PodFailurePolicyOnPodConditionsPattern status. */
            status: string;

            /**
             * Creates a new PodFailurePolicyOnPodConditionsPattern instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodFailurePolicyOnPodConditionsPattern instance
             */
            static create(properties: troupe.v1.PodFailurePolicyOnPodConditionsPattern.$Shape): troupe.v1.PodFailurePolicyOnPodConditionsPattern & troupe.v1.PodFailurePolicyOnPodConditionsPattern.$Shape;
            static create(properties?: troupe.v1.PodFailurePolicyOnPodConditionsPattern.$Properties): troupe.v1.PodFailurePolicyOnPodConditionsPattern;

            /**
             * Encodes the specified PodFailurePolicyOnPodConditionsPattern message. Does not implicitly {@link troupe.v1.PodFailurePolicyOnPodConditionsPattern.verify|verify} messages.
             * @param m PodFailurePolicyOnPodConditionsPattern message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PodFailurePolicyOnPodConditionsPattern.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodFailurePolicyOnPodConditionsPattern message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PodFailurePolicyOnPodConditionsPattern & troupe.v1.PodFailurePolicyOnPodConditionsPattern.$Shape} PodFailurePolicyOnPodConditionsPattern
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PodFailurePolicyOnPodConditionsPattern & troupe.v1.PodFailurePolicyOnPodConditionsPattern.$Shape;
        }

        namespace PodFailurePolicyOnPodConditionsPattern {

            /** Properties of a PodFailurePolicyOnPodConditionsPattern. */
            interface $Properties {

                /** PodFailurePolicyOnPodConditionsPattern type */
                type?: string;

                /** PodFailurePolicyOnPodConditionsPattern status */
                status?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PodFailurePolicyOnPodConditionsPattern. */
            type $Shape = troupe.v1.PodFailurePolicyOnPodConditionsPattern.$Properties;
        }

        /**
         * Properties of a PodFailurePolicyRule.
         * @deprecated Use troupe.v1.PodFailurePolicyRule.$Properties instead.
         */
        interface IPodFailurePolicyRule extends troupe.v1.PodFailurePolicyRule.$Properties {
        }

        /** Represents a PodFailurePolicyRule. */
        class PodFailurePolicyRule {

            /**
             * Constructs a new PodFailurePolicyRule.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PodFailurePolicyRule.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PodFailurePolicyRule action. */
            action: string;

            /** PodFailurePolicyRule onExitCodes. */
            onExitCodes: troupe.v1.PodFailurePolicyOnExitCodesRequirement;

            /** PodFailurePolicyRule onPodConditions. */
            onPodConditions: troupe.v1.PodFailurePolicyOnPodConditionsPattern[];

            /**
             * Creates a new PodFailurePolicyRule instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodFailurePolicyRule instance
             */
            static create(properties: troupe.v1.PodFailurePolicyRule.$Shape): troupe.v1.PodFailurePolicyRule & troupe.v1.PodFailurePolicyRule.$Shape;
            static create(properties?: troupe.v1.PodFailurePolicyRule.$Properties): troupe.v1.PodFailurePolicyRule;

            /**
             * Encodes the specified PodFailurePolicyRule message. Does not implicitly {@link troupe.v1.PodFailurePolicyRule.verify|verify} messages.
             * @param m PodFailurePolicyRule message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PodFailurePolicyRule.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodFailurePolicyRule message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PodFailurePolicyRule & troupe.v1.PodFailurePolicyRule.$Shape} PodFailurePolicyRule
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PodFailurePolicyRule & troupe.v1.PodFailurePolicyRule.$Shape;
        }

        namespace PodFailurePolicyRule {

            /** Properties of a PodFailurePolicyRule. */
            interface $Properties {

                /** PodFailurePolicyRule action */
                action?: string;

                /** PodFailurePolicyRule onExitCodes */
                onExitCodes?: troupe.v1.PodFailurePolicyOnExitCodesRequirement.$Properties;

                /** PodFailurePolicyRule onPodConditions */
                onPodConditions?: troupe.v1.PodFailurePolicyOnPodConditionsPattern.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PodFailurePolicyRule. */
            type $Shape = troupe.v1.PodFailurePolicyRule.$Properties;
        }

        /**
         * Properties of a PodFailurePolicy.
         * @deprecated Use troupe.v1.PodFailurePolicy.$Properties instead.
         */
        interface IPodFailurePolicy extends troupe.v1.PodFailurePolicy.$Properties {
        }

        /** Represents a PodFailurePolicy. */
        class PodFailurePolicy {

            /**
             * Constructs a new PodFailurePolicy.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PodFailurePolicy.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PodFailurePolicy rules. */
            rules: troupe.v1.PodFailurePolicyRule[];

            /**
             * Creates a new PodFailurePolicy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodFailurePolicy instance
             */
            static create(properties: troupe.v1.PodFailurePolicy.$Shape): troupe.v1.PodFailurePolicy & troupe.v1.PodFailurePolicy.$Shape;
            static create(properties?: troupe.v1.PodFailurePolicy.$Properties): troupe.v1.PodFailurePolicy;

            /**
             * Encodes the specified PodFailurePolicy message. Does not implicitly {@link troupe.v1.PodFailurePolicy.verify|verify} messages.
             * @param m PodFailurePolicy message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PodFailurePolicy.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodFailurePolicy message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PodFailurePolicy & troupe.v1.PodFailurePolicy.$Shape} PodFailurePolicy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PodFailurePolicy & troupe.v1.PodFailurePolicy.$Shape;
        }

        namespace PodFailurePolicy {

            /** Properties of a PodFailurePolicy. */
            interface $Properties {

                /** PodFailurePolicy rules */
                rules?: troupe.v1.PodFailurePolicyRule.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PodFailurePolicy. */
            type $Shape = troupe.v1.PodFailurePolicy.$Properties;
        }

        /**
         * Properties of a JobSpec.
         * @deprecated Use troupe.v1.JobSpec.$Properties instead.
         */
        interface IJobSpec extends troupe.v1.JobSpec.$Properties {
        }

        /** Represents a JobSpec. */
        class JobSpec {

            /**
             * Constructs a new JobSpec.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.JobSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JobSpec parallelism. */
            parallelism: (number|null);

            /** JobSpec completions. */
            completions: (number|null);

            /** JobSpec activeDeadlineSeconds. */
            activeDeadlineSeconds: (number|null);

            /** JobSpec selector. */
            selector: troupe.v1.LabelSelector;

            /** JobSpec manualSelector. */
            manualSelector: (boolean|null);

            /** JobSpec template. */
            template: troupe.v1.PodTemplateSpec;

            /** JobSpec backoffLimit. */
            backoffLimit: (number|null);

            /** JobSpec ttlSecondsAfterFinished. */
            ttlSecondsAfterFinished: (number|null);

            /** JobSpec completionMode. */
            completionMode: string;

            /** JobSpec suspend. */
            suspend: (boolean|null);

            /** JobSpec podFailurePolicy. */
            podFailurePolicy: troupe.v1.PodFailurePolicy;

            /** JobSpec podReplacementPolicy. */
            podReplacementPolicy: string;

            /**
             * Creates a new JobSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JobSpec instance
             */
            static create(properties: troupe.v1.JobSpec.$Shape): troupe.v1.JobSpec & troupe.v1.JobSpec.$Shape;
            static create(properties?: troupe.v1.JobSpec.$Properties): troupe.v1.JobSpec;

            /**
             * Encodes the specified JobSpec message. Does not implicitly {@link troupe.v1.JobSpec.verify|verify} messages.
             * @param m JobSpec message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.JobSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JobSpec message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.JobSpec & troupe.v1.JobSpec.$Shape} JobSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.JobSpec & troupe.v1.JobSpec.$Shape;
        }

        namespace JobSpec {

            /** Properties of a JobSpec. */
            interface $Properties {

                /** JobSpec parallelism */
                parallelism?: (number|null);

                /** JobSpec completions */
                completions?: (number|null);

                /** JobSpec activeDeadlineSeconds */
                activeDeadlineSeconds?: (number|null);

                /** JobSpec selector */
                selector?: troupe.v1.LabelSelector.$Properties;

                /** JobSpec manualSelector */
                manualSelector?: (boolean|null);

                /** JobSpec template */
                template?: troupe.v1.PodTemplateSpec.$Properties;

                /** JobSpec backoffLimit */
                backoffLimit?: (number|null);

                /** JobSpec ttlSecondsAfterFinished */
                ttlSecondsAfterFinished?: (number|null);

                /** JobSpec completionMode */
                completionMode?: string;

                /** JobSpec suspend */
                suspend?: (boolean|null);

                /** JobSpec podFailurePolicy */
                podFailurePolicy?: troupe.v1.PodFailurePolicy.$Properties;

                /** JobSpec podReplacementPolicy */
                podReplacementPolicy?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JobSpec. */
            type $Shape = troupe.v1.JobSpec.$Properties;
        }

        /**
         * Properties of an UncountedTerminatedPods.
         * @deprecated Use troupe.v1.UncountedTerminatedPods.$Properties instead.
         */
        interface IUncountedTerminatedPods extends troupe.v1.UncountedTerminatedPods.$Properties {
        }

        /** Represents an UncountedTerminatedPods. */
        class UncountedTerminatedPods {

            /**
             * Constructs a new UncountedTerminatedPods.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.UncountedTerminatedPods.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UncountedTerminatedPods succeeded. */
            succeeded: string[];

            /** UncountedTerminatedPods failed. */
            failed: string[];

            /**
             * Creates a new UncountedTerminatedPods instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UncountedTerminatedPods instance
             */
            static create(properties: troupe.v1.UncountedTerminatedPods.$Shape): troupe.v1.UncountedTerminatedPods & troupe.v1.UncountedTerminatedPods.$Shape;
            static create(properties?: troupe.v1.UncountedTerminatedPods.$Properties): troupe.v1.UncountedTerminatedPods;

            /**
             * Encodes the specified UncountedTerminatedPods message. Does not implicitly {@link troupe.v1.UncountedTerminatedPods.verify|verify} messages.
             * @param m UncountedTerminatedPods message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.UncountedTerminatedPods.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UncountedTerminatedPods message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.UncountedTerminatedPods & troupe.v1.UncountedTerminatedPods.$Shape} UncountedTerminatedPods
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.UncountedTerminatedPods & troupe.v1.UncountedTerminatedPods.$Shape;
        }

        namespace UncountedTerminatedPods {

            /** Properties of an UncountedTerminatedPods. */
            interface $Properties {

                /** UncountedTerminatedPods succeeded */
                succeeded?: string[];

                /** UncountedTerminatedPods failed */
                failed?: string[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UncountedTerminatedPods. */
            type $Shape = troupe.v1.UncountedTerminatedPods.$Properties;
        }

        /**
         * Properties of a JobStatus.
         * @deprecated Use troupe.v1.JobStatus.$Properties instead.
         */
        interface IJobStatus extends troupe.v1.JobStatus.$Properties {
        }

        /** Represents a JobStatus. */
        class JobStatus {

            /**
             * Constructs a new JobStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.JobStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JobStatus conditions. */
            conditions: troupe.v1.Condition[];

            /** JobStatus startTime. */
            startTime: string;

            /** JobStatus completionTime. */
            completionTime: string;

            /** JobStatus active. */
            active: number;

            /** JobStatus succeeded. */
            succeeded: number;

            /** JobStatus failed. */
            failed: number;

            /** JobStatus completedIndexes. */
            completedIndexes: string;

            /** JobStatus uncountedTerminatedPods. */
            uncountedTerminatedPods: troupe.v1.UncountedTerminatedPods;

            /** JobStatus ready. */
            ready: (number|null);

            /** JobStatus terminating. */
            terminating: (number|null);

            /**
             * Creates a new JobStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JobStatus instance
             */
            static create(properties: troupe.v1.JobStatus.$Shape): troupe.v1.JobStatus & troupe.v1.JobStatus.$Shape;
            static create(properties?: troupe.v1.JobStatus.$Properties): troupe.v1.JobStatus;

            /**
             * Encodes the specified JobStatus message. Does not implicitly {@link troupe.v1.JobStatus.verify|verify} messages.
             * @param m JobStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.JobStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JobStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.JobStatus & troupe.v1.JobStatus.$Shape} JobStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.JobStatus & troupe.v1.JobStatus.$Shape;
        }

        namespace JobStatus {

            /** Properties of a JobStatus. */
            interface $Properties {

                /** JobStatus conditions */
                conditions?: troupe.v1.Condition.$Properties[];

                /** JobStatus startTime */
                startTime?: string;

                /** JobStatus completionTime */
                completionTime?: string;

                /** JobStatus active */
                active?: number;

                /** JobStatus succeeded */
                succeeded?: number;

                /** JobStatus failed */
                failed?: number;

                /** JobStatus completedIndexes */
                completedIndexes?: string;

                /** JobStatus uncountedTerminatedPods */
                uncountedTerminatedPods?: troupe.v1.UncountedTerminatedPods.$Properties;

                /** JobStatus ready */
                ready?: (number|null);

                /** JobStatus terminating */
                terminating?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JobStatus. */
            type $Shape = troupe.v1.JobStatus.$Properties;
        }

        /**
         * Properties of a Job.
         * @deprecated Use troupe.v1.Job.$Properties instead.
         */
        interface IJob extends troupe.v1.Job.$Properties {
        }

        /** Represents a Job. */
        class Job {

            /**
             * Constructs a new Job.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.Job.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Job apiVersion. */
            apiVersion: string;

            /** Job kind. */
            kind: string;

            /** Job metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** Job spec. */
            spec: troupe.v1.JobSpec;

            /** Job status. */
            status: troupe.v1.JobStatus;

            /**
             * Creates a new Job instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Job instance
             */
            static create(properties: troupe.v1.Job.$Shape): troupe.v1.Job & troupe.v1.Job.$Shape;
            static create(properties?: troupe.v1.Job.$Properties): troupe.v1.Job;

            /**
             * Encodes the specified Job message. Does not implicitly {@link troupe.v1.Job.verify|verify} messages.
             * @param m Job message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.Job.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Job message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.Job & troupe.v1.Job.$Shape} Job
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.Job & troupe.v1.Job.$Shape;
        }

        namespace Job {

            /** Properties of a Job. */
            interface $Properties {

                /** Job apiVersion */
                apiVersion?: string;

                /** Job kind */
                kind?: string;

                /** Job metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** Job spec */
                spec?: troupe.v1.JobSpec.$Properties;

                /** Job status */
                status?: troupe.v1.JobStatus.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Job. */
            type $Shape = troupe.v1.Job.$Properties;
        }

        /**
         * Properties of a JobTemplateSpec.
         * @deprecated Use troupe.v1.JobTemplateSpec.$Properties instead.
         */
        interface IJobTemplateSpec extends troupe.v1.JobTemplateSpec.$Properties {
        }

        /** Represents a JobTemplateSpec. */
        class JobTemplateSpec {

            /**
             * Constructs a new JobTemplateSpec.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.JobTemplateSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JobTemplateSpec metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** JobTemplateSpec spec. */
            spec: troupe.v1.JobSpec;

            /**
             * Creates a new JobTemplateSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JobTemplateSpec instance
             */
            static create(properties: troupe.v1.JobTemplateSpec.$Shape): troupe.v1.JobTemplateSpec & troupe.v1.JobTemplateSpec.$Shape;
            static create(properties?: troupe.v1.JobTemplateSpec.$Properties): troupe.v1.JobTemplateSpec;

            /**
             * Encodes the specified JobTemplateSpec message. Does not implicitly {@link troupe.v1.JobTemplateSpec.verify|verify} messages.
             * @param m JobTemplateSpec message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.JobTemplateSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JobTemplateSpec message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.JobTemplateSpec & troupe.v1.JobTemplateSpec.$Shape} JobTemplateSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.JobTemplateSpec & troupe.v1.JobTemplateSpec.$Shape;
        }

        namespace JobTemplateSpec {

            /** Properties of a JobTemplateSpec. */
            interface $Properties {

                /** JobTemplateSpec metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** JobTemplateSpec spec */
                spec?: troupe.v1.JobSpec.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JobTemplateSpec. */
            type $Shape = troupe.v1.JobTemplateSpec.$Properties;
        }

        /**
         * Properties of a CronJobSpec.
         * @deprecated Use troupe.v1.CronJobSpec.$Properties instead.
         */
        interface ICronJobSpec extends troupe.v1.CronJobSpec.$Properties {
        }

        /** Represents a CronJobSpec. */
        class CronJobSpec {

            /**
             * Constructs a new CronJobSpec.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.CronJobSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CronJobSpec schedule. */
            schedule: string;

            /** CronJobSpec startingDeadlineSeconds. */
            startingDeadlineSeconds: (number|null);

            /** CronJobSpec concurrencyPolicy. */
            concurrencyPolicy: string;

            /** CronJobSpec suspend. */
            suspend: (boolean|null);

            /** CronJobSpec jobTemplate. */
            jobTemplate: troupe.v1.JobTemplateSpec;

            /** CronJobSpec successfulJobsHistoryLimit. */
            successfulJobsHistoryLimit: (number|null);

            /** CronJobSpec failedJobsHistoryLimit. */
            failedJobsHistoryLimit: (number|null);

            /** CronJobSpec timeZone. */
            timeZone: (string|null);

            /**
             * Creates a new CronJobSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CronJobSpec instance
             */
            static create(properties: troupe.v1.CronJobSpec.$Shape): troupe.v1.CronJobSpec & troupe.v1.CronJobSpec.$Shape;
            static create(properties?: troupe.v1.CronJobSpec.$Properties): troupe.v1.CronJobSpec;

            /**
             * Encodes the specified CronJobSpec message. Does not implicitly {@link troupe.v1.CronJobSpec.verify|verify} messages.
             * @param m CronJobSpec message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.CronJobSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CronJobSpec message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.CronJobSpec & troupe.v1.CronJobSpec.$Shape} CronJobSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.CronJobSpec & troupe.v1.CronJobSpec.$Shape;
        }

        namespace CronJobSpec {

            /** Properties of a CronJobSpec. */
            interface $Properties {

                /** CronJobSpec schedule */
                schedule?: string;

                /** CronJobSpec startingDeadlineSeconds */
                startingDeadlineSeconds?: (number|null);

                /** CronJobSpec concurrencyPolicy */
                concurrencyPolicy?: string;

                /** CronJobSpec suspend */
                suspend?: (boolean|null);

                /** CronJobSpec jobTemplate */
                jobTemplate?: troupe.v1.JobTemplateSpec.$Properties;

                /** CronJobSpec successfulJobsHistoryLimit */
                successfulJobsHistoryLimit?: (number|null);

                /** CronJobSpec failedJobsHistoryLimit */
                failedJobsHistoryLimit?: (number|null);

                /** CronJobSpec timeZone */
                timeZone?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CronJobSpec. */
            type $Shape = troupe.v1.CronJobSpec.$Properties;
        }

        /**
         * Properties of a CronJobStatus.
         * @deprecated Use troupe.v1.CronJobStatus.$Properties instead.
         */
        interface ICronJobStatus extends troupe.v1.CronJobStatus.$Properties {
        }

        /** Represents a CronJobStatus. */
        class CronJobStatus {

            /**
             * Constructs a new CronJobStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.CronJobStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CronJobStatus active. */
            active: troupe.v1.ObjectReference[];

            /** CronJobStatus lastScheduleTime. */
            lastScheduleTime: string;

            /** CronJobStatus lastSuccessfulTime. */
            lastSuccessfulTime: string;

            /**
             * Creates a new CronJobStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CronJobStatus instance
             */
            static create(properties: troupe.v1.CronJobStatus.$Shape): troupe.v1.CronJobStatus & troupe.v1.CronJobStatus.$Shape;
            static create(properties?: troupe.v1.CronJobStatus.$Properties): troupe.v1.CronJobStatus;

            /**
             * Encodes the specified CronJobStatus message. Does not implicitly {@link troupe.v1.CronJobStatus.verify|verify} messages.
             * @param m CronJobStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.CronJobStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CronJobStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.CronJobStatus & troupe.v1.CronJobStatus.$Shape} CronJobStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.CronJobStatus & troupe.v1.CronJobStatus.$Shape;
        }

        namespace CronJobStatus {

            /** Properties of a CronJobStatus. */
            interface $Properties {

                /** CronJobStatus active */
                active?: troupe.v1.ObjectReference.$Properties[];

                /** CronJobStatus lastScheduleTime */
                lastScheduleTime?: string;

                /** CronJobStatus lastSuccessfulTime */
                lastSuccessfulTime?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CronJobStatus. */
            type $Shape = troupe.v1.CronJobStatus.$Properties;
        }

        /**
         * Properties of a CronJob.
         * @deprecated Use troupe.v1.CronJob.$Properties instead.
         */
        interface ICronJob extends troupe.v1.CronJob.$Properties {
        }

        /** Represents a CronJob. */
        class CronJob {

            /**
             * Constructs a new CronJob.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.CronJob.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CronJob apiVersion. */
            apiVersion: string;

            /** CronJob kind. */
            kind: string;

            /** CronJob metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** CronJob spec. */
            spec: troupe.v1.CronJobSpec;

            /** CronJob status. */
            status: troupe.v1.CronJobStatus;

            /**
             * Creates a new CronJob instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CronJob instance
             */
            static create(properties: troupe.v1.CronJob.$Shape): troupe.v1.CronJob & troupe.v1.CronJob.$Shape;
            static create(properties?: troupe.v1.CronJob.$Properties): troupe.v1.CronJob;

            /**
             * Encodes the specified CronJob message. Does not implicitly {@link troupe.v1.CronJob.verify|verify} messages.
             * @param m CronJob message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.CronJob.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CronJob message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.CronJob & troupe.v1.CronJob.$Shape} CronJob
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.CronJob & troupe.v1.CronJob.$Shape;
        }

        namespace CronJob {

            /** Properties of a CronJob. */
            interface $Properties {

                /** CronJob apiVersion */
                apiVersion?: string;

                /** CronJob kind */
                kind?: string;

                /** CronJob metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** CronJob spec */
                spec?: troupe.v1.CronJobSpec.$Properties;

                /** CronJob status */
                status?: troupe.v1.CronJobStatus.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CronJob. */
            type $Shape = troupe.v1.CronJob.$Properties;
        }

        /**
         * Properties of a LeaseSpec.
         * @deprecated Use troupe.v1.LeaseSpec.$Properties instead.
         */
        interface ILeaseSpec extends troupe.v1.LeaseSpec.$Properties {
        }

        /** Represents a LeaseSpec. */
        class LeaseSpec {

            /**
             * Constructs a new LeaseSpec.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.LeaseSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeaseSpec holderIdentity. */
            holderIdentity: string;

            /** LeaseSpec leaseDurationSeconds. */
            leaseDurationSeconds: (number|null);

            /** LeaseSpec acquireTime. */
            acquireTime: string;

            /** LeaseSpec renewTime. */
            renewTime: string;

            /** LeaseSpec leaseTransitions. */
            leaseTransitions: (number|null);

            /**
             * Creates a new LeaseSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LeaseSpec instance
             */
            static create(properties: troupe.v1.LeaseSpec.$Shape): troupe.v1.LeaseSpec & troupe.v1.LeaseSpec.$Shape;
            static create(properties?: troupe.v1.LeaseSpec.$Properties): troupe.v1.LeaseSpec;

            /**
             * Encodes the specified LeaseSpec message. Does not implicitly {@link troupe.v1.LeaseSpec.verify|verify} messages.
             * @param m LeaseSpec message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.LeaseSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaseSpec message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.LeaseSpec & troupe.v1.LeaseSpec.$Shape} LeaseSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.LeaseSpec & troupe.v1.LeaseSpec.$Shape;
        }

        namespace LeaseSpec {

            /** Properties of a LeaseSpec. */
            interface $Properties {

                /** LeaseSpec holderIdentity */
                holderIdentity?: string;

                /** LeaseSpec leaseDurationSeconds */
                leaseDurationSeconds?: (number|null);

                /** LeaseSpec acquireTime */
                acquireTime?: string;

                /** LeaseSpec renewTime */
                renewTime?: string;

                /** LeaseSpec leaseTransitions */
                leaseTransitions?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeaseSpec. */
            type $Shape = troupe.v1.LeaseSpec.$Properties;
        }

        /**
         * Properties of a Lease.
         * @deprecated Use troupe.v1.Lease.$Properties instead.
         */
        interface ILease extends troupe.v1.Lease.$Properties {
        }

        /** Represents a Lease. */
        class Lease {

            /**
             * Constructs a new Lease.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.Lease.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Lease apiVersion. */
            apiVersion: string;

            /** Lease kind. */
            kind: string;

            /** Lease metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** Lease spec. */
            spec: troupe.v1.LeaseSpec;

            /**
             * Creates a new Lease instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Lease instance
             */
            static create(properties: troupe.v1.Lease.$Shape): troupe.v1.Lease & troupe.v1.Lease.$Shape;
            static create(properties?: troupe.v1.Lease.$Properties): troupe.v1.Lease;

            /**
             * Encodes the specified Lease message. Does not implicitly {@link troupe.v1.Lease.verify|verify} messages.
             * @param m Lease message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.Lease.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Lease message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.Lease & troupe.v1.Lease.$Shape} Lease
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.Lease & troupe.v1.Lease.$Shape;
        }

        namespace Lease {

            /** Properties of a Lease. */
            interface $Properties {

                /** Lease apiVersion */
                apiVersion?: string;

                /** Lease kind */
                kind?: string;

                /** Lease metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** Lease spec */
                spec?: troupe.v1.LeaseSpec.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Lease. */
            type $Shape = troupe.v1.Lease.$Properties;
        }

        /**
         * Properties of a NamespaceSpec.
         * @deprecated Use troupe.v1.NamespaceSpec.$Properties instead.
         */
        interface INamespaceSpec extends troupe.v1.NamespaceSpec.$Properties {
        }

        /** Represents a NamespaceSpec. */
        class NamespaceSpec {

            /**
             * Constructs a new NamespaceSpec.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.NamespaceSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NamespaceSpec finalizers. */
            finalizers: string[];

            /**
             * Creates a new NamespaceSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NamespaceSpec instance
             */
            static create(properties: troupe.v1.NamespaceSpec.$Shape): troupe.v1.NamespaceSpec & troupe.v1.NamespaceSpec.$Shape;
            static create(properties?: troupe.v1.NamespaceSpec.$Properties): troupe.v1.NamespaceSpec;

            /**
             * Encodes the specified NamespaceSpec message. Does not implicitly {@link troupe.v1.NamespaceSpec.verify|verify} messages.
             * @param m NamespaceSpec message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.NamespaceSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NamespaceSpec message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.NamespaceSpec & troupe.v1.NamespaceSpec.$Shape} NamespaceSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.NamespaceSpec & troupe.v1.NamespaceSpec.$Shape;
        }

        namespace NamespaceSpec {

            /** Properties of a NamespaceSpec. */
            interface $Properties {

                /** NamespaceSpec finalizers */
                finalizers?: string[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NamespaceSpec. */
            type $Shape = troupe.v1.NamespaceSpec.$Properties;
        }

        /**
         * Properties of a NamespaceStatus.
         * @deprecated Use troupe.v1.NamespaceStatus.$Properties instead.
         */
        interface INamespaceStatus extends troupe.v1.NamespaceStatus.$Properties {
        }

        /** Represents a NamespaceStatus. */
        class NamespaceStatus {

            /**
             * Constructs a new NamespaceStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.NamespaceStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NamespaceStatus phase. */
            phase: string;

            /** NamespaceStatus conditions. */
            conditions: troupe.v1.Condition[];

            /**
             * Creates a new NamespaceStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NamespaceStatus instance
             */
            static create(properties: troupe.v1.NamespaceStatus.$Shape): troupe.v1.NamespaceStatus & troupe.v1.NamespaceStatus.$Shape;
            static create(properties?: troupe.v1.NamespaceStatus.$Properties): troupe.v1.NamespaceStatus;

            /**
             * Encodes the specified NamespaceStatus message. Does not implicitly {@link troupe.v1.NamespaceStatus.verify|verify} messages.
             * @param m NamespaceStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.NamespaceStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NamespaceStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.NamespaceStatus & troupe.v1.NamespaceStatus.$Shape} NamespaceStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.NamespaceStatus & troupe.v1.NamespaceStatus.$Shape;
        }

        namespace NamespaceStatus {

            /** Properties of a NamespaceStatus. */
            interface $Properties {

                /** NamespaceStatus phase */
                phase?: string;

                /** NamespaceStatus conditions */
                conditions?: troupe.v1.Condition.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NamespaceStatus. */
            type $Shape = troupe.v1.NamespaceStatus.$Properties;
        }

        /**
         * Properties of a Namespace.
         * @deprecated Use troupe.v1.Namespace.$Properties instead.
         */
        interface INamespace extends troupe.v1.Namespace.$Properties {
        }

        /** Represents a Namespace. */
        class Namespace {

            /**
             * Constructs a new Namespace.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.Namespace.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Namespace apiVersion. */
            apiVersion: string;

            /** Namespace kind. */
            kind: string;

            /** Namespace metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** Namespace spec. */
            spec: troupe.v1.NamespaceSpec;

            /** Namespace status. */
            status: troupe.v1.NamespaceStatus;

            /**
             * Creates a new Namespace instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Namespace instance
             */
            static create(properties: troupe.v1.Namespace.$Shape): troupe.v1.Namespace & troupe.v1.Namespace.$Shape;
            static create(properties?: troupe.v1.Namespace.$Properties): troupe.v1.Namespace;

            /**
             * Encodes the specified Namespace message. Does not implicitly {@link troupe.v1.Namespace.verify|verify} messages.
             * @param m Namespace message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.Namespace.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Namespace message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.Namespace & troupe.v1.Namespace.$Shape} Namespace
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.Namespace & troupe.v1.Namespace.$Shape;
        }

        namespace Namespace {

            /** Properties of a Namespace. */
            interface $Properties {

                /** Namespace apiVersion */
                apiVersion?: string;

                /** Namespace kind */
                kind?: string;

                /** Namespace metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** Namespace spec */
                spec?: troupe.v1.NamespaceSpec.$Properties;

                /** Namespace status */
                status?: troupe.v1.NamespaceStatus.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Namespace. */
            type $Shape = troupe.v1.Namespace.$Properties;
        }

        /**
         * Properties of a Taint.
         * @deprecated Use troupe.v1.Taint.$Properties instead.
         */
        interface ITaint extends troupe.v1.Taint.$Properties {
        }

        /** Represents a Taint. */
        class Taint {

            /**
             * Constructs a new Taint.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.Taint.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Taint key. */
            key: string;

            /** Taint value. */
            value: string;

            /** Taint effect. */
            effect: string;

            /** Taint timeAdded. */
            timeAdded: string;

            /**
             * Creates a new Taint instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Taint instance
             */
            static create(properties: troupe.v1.Taint.$Shape): troupe.v1.Taint & troupe.v1.Taint.$Shape;
            static create(properties?: troupe.v1.Taint.$Properties): troupe.v1.Taint;

            /**
             * Encodes the specified Taint message. Does not implicitly {@link troupe.v1.Taint.verify|verify} messages.
             * @param m Taint message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.Taint.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Taint message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.Taint & troupe.v1.Taint.$Shape} Taint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.Taint & troupe.v1.Taint.$Shape;
        }

        namespace Taint {

            /** Properties of a Taint. */
            interface $Properties {

                /** Taint key */
                key?: string;

                /** Taint value */
                value?: string;

                /** Taint effect */
                effect?: string;

                /** Taint timeAdded */
                timeAdded?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Taint. */
            type $Shape = troupe.v1.Taint.$Properties;
        }

        /**
         * Properties of a NodeSpec.
         * @deprecated Use troupe.v1.NodeSpec.$Properties instead.
         */
        interface INodeSpec extends troupe.v1.NodeSpec.$Properties {
        }

        /** Represents a NodeSpec. */
        class NodeSpec {

            /**
             * Constructs a new NodeSpec.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.NodeSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeSpec podCIDR. */
            podCIDR: string;

            /** NodeSpec podCIDRs. */
            podCIDRs: string[];

            /** NodeSpec providerID. */
            providerID: string;

            /** NodeSpec unschedulable. */
            unschedulable: (boolean|null);

            /** NodeSpec taints. */
            taints: troupe.v1.Taint[];

            /**
             * Creates a new NodeSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeSpec instance
             */
            static create(properties: troupe.v1.NodeSpec.$Shape): troupe.v1.NodeSpec & troupe.v1.NodeSpec.$Shape;
            static create(properties?: troupe.v1.NodeSpec.$Properties): troupe.v1.NodeSpec;

            /**
             * Encodes the specified NodeSpec message. Does not implicitly {@link troupe.v1.NodeSpec.verify|verify} messages.
             * @param m NodeSpec message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.NodeSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeSpec message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.NodeSpec & troupe.v1.NodeSpec.$Shape} NodeSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.NodeSpec & troupe.v1.NodeSpec.$Shape;
        }

        namespace NodeSpec {

            /** Properties of a NodeSpec. */
            interface $Properties {

                /** NodeSpec podCIDR */
                podCIDR?: string;

                /** NodeSpec podCIDRs */
                podCIDRs?: string[];

                /** NodeSpec providerID */
                providerID?: string;

                /** NodeSpec unschedulable */
                unschedulable?: (boolean|null);

                /** NodeSpec taints */
                taints?: troupe.v1.Taint.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeSpec. */
            type $Shape = troupe.v1.NodeSpec.$Properties;
        }

        /**
         * Properties of a NodeAddress.
         * @deprecated Use troupe.v1.NodeAddress.$Properties instead.
         */
        interface INodeAddress extends troupe.v1.NodeAddress.$Properties {
        }

        /** Represents a NodeAddress. */
        class NodeAddress {

            /**
             * Constructs a new NodeAddress.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.NodeAddress.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeAddress type. */
            type: string;

            /** NodeAddress address. */
            address: string;

            /**
             * Creates a new NodeAddress instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeAddress instance
             */
            static create(properties: troupe.v1.NodeAddress.$Shape): troupe.v1.NodeAddress & troupe.v1.NodeAddress.$Shape;
            static create(properties?: troupe.v1.NodeAddress.$Properties): troupe.v1.NodeAddress;

            /**
             * Encodes the specified NodeAddress message. Does not implicitly {@link troupe.v1.NodeAddress.verify|verify} messages.
             * @param m NodeAddress message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.NodeAddress.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeAddress message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.NodeAddress & troupe.v1.NodeAddress.$Shape} NodeAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.NodeAddress & troupe.v1.NodeAddress.$Shape;
        }

        namespace NodeAddress {

            /** Properties of a NodeAddress. */
            interface $Properties {

                /** NodeAddress type */
                type?: string;

                /** NodeAddress address */
                address?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeAddress. */
            type $Shape = troupe.v1.NodeAddress.$Properties;
        }

        /**
         * Properties of a NodeSystemInfo.
         * @deprecated Use troupe.v1.NodeSystemInfo.$Properties instead.
         */
        interface INodeSystemInfo extends troupe.v1.NodeSystemInfo.$Properties {
        }

        /** Represents a NodeSystemInfo. */
        class NodeSystemInfo {

            /**
             * Constructs a new NodeSystemInfo.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.NodeSystemInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeSystemInfo machineID. */
            machineID: string;

            /** NodeSystemInfo systemUUID. */
            systemUUID: string;

            /** NodeSystemInfo bootID. */
            bootID: string;

            /** NodeSystemInfo kernelVersion. */
            kernelVersion: string;

            /** NodeSystemInfo osImage. */
            osImage: string;

            /** NodeSystemInfo containerRuntimeVersion. */
            containerRuntimeVersion: string;

            /** NodeSystemInfo kubeletVersion. */
            kubeletVersion: string;

            /** NodeSystemInfo kubeProxyVersion. */
            kubeProxyVersion: string;

            /** NodeSystemInfo operatingSystem. */
            operatingSystem: string;

            /** NodeSystemInfo architecture. */
            architecture: string;

            /**
             * Creates a new NodeSystemInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeSystemInfo instance
             */
            static create(properties: troupe.v1.NodeSystemInfo.$Shape): troupe.v1.NodeSystemInfo & troupe.v1.NodeSystemInfo.$Shape;
            static create(properties?: troupe.v1.NodeSystemInfo.$Properties): troupe.v1.NodeSystemInfo;

            /**
             * Encodes the specified NodeSystemInfo message. Does not implicitly {@link troupe.v1.NodeSystemInfo.verify|verify} messages.
             * @param m NodeSystemInfo message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.NodeSystemInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeSystemInfo message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.NodeSystemInfo & troupe.v1.NodeSystemInfo.$Shape} NodeSystemInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.NodeSystemInfo & troupe.v1.NodeSystemInfo.$Shape;
        }

        namespace NodeSystemInfo {

            /** Properties of a NodeSystemInfo. */
            interface $Properties {

                /** NodeSystemInfo machineID */
                machineID?: string;

                /** NodeSystemInfo systemUUID */
                systemUUID?: string;

                /** NodeSystemInfo bootID */
                bootID?: string;

                /** NodeSystemInfo kernelVersion */
                kernelVersion?: string;

                /** NodeSystemInfo osImage */
                osImage?: string;

                /** NodeSystemInfo containerRuntimeVersion */
                containerRuntimeVersion?: string;

                /** NodeSystemInfo kubeletVersion */
                kubeletVersion?: string;

                /** NodeSystemInfo kubeProxyVersion */
                kubeProxyVersion?: string;

                /** NodeSystemInfo operatingSystem */
                operatingSystem?: string;

                /** NodeSystemInfo architecture */
                architecture?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeSystemInfo. */
            type $Shape = troupe.v1.NodeSystemInfo.$Properties;
        }

        /**
         * Properties of a DaemonEndpoint.
         * @deprecated Use troupe.v1.DaemonEndpoint.$Properties instead.
         */
        interface IDaemonEndpoint extends troupe.v1.DaemonEndpoint.$Properties {
        }

        /** Represents a DaemonEndpoint. */
        class DaemonEndpoint {

            /**
             * Constructs a new DaemonEndpoint.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.DaemonEndpoint.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DaemonEndpoint Port. */
            Port: number;

            /**
             * Creates a new DaemonEndpoint instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DaemonEndpoint instance
             */
            static create(properties: troupe.v1.DaemonEndpoint.$Shape): troupe.v1.DaemonEndpoint & troupe.v1.DaemonEndpoint.$Shape;
            static create(properties?: troupe.v1.DaemonEndpoint.$Properties): troupe.v1.DaemonEndpoint;

            /**
             * Encodes the specified DaemonEndpoint message. Does not implicitly {@link troupe.v1.DaemonEndpoint.verify|verify} messages.
             * @param m DaemonEndpoint message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.DaemonEndpoint.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DaemonEndpoint message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.DaemonEndpoint & troupe.v1.DaemonEndpoint.$Shape} DaemonEndpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.DaemonEndpoint & troupe.v1.DaemonEndpoint.$Shape;
        }

        namespace DaemonEndpoint {

            /** Properties of a DaemonEndpoint. */
            interface $Properties {

                /** DaemonEndpoint Port */
                Port?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DaemonEndpoint. */
            type $Shape = troupe.v1.DaemonEndpoint.$Properties;
        }

        /**
         * Properties of a NodeDaemonEndpoints.
         * @deprecated Use troupe.v1.NodeDaemonEndpoints.$Properties instead.
         */
        interface INodeDaemonEndpoints extends troupe.v1.NodeDaemonEndpoints.$Properties {
        }

        /** Represents a NodeDaemonEndpoints. */
        class NodeDaemonEndpoints {

            /**
             * Constructs a new NodeDaemonEndpoints.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.NodeDaemonEndpoints.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeDaemonEndpoints kubeletEndpoint. */
            kubeletEndpoint: troupe.v1.DaemonEndpoint;

            /**
             * Creates a new NodeDaemonEndpoints instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeDaemonEndpoints instance
             */
            static create(properties: troupe.v1.NodeDaemonEndpoints.$Shape): troupe.v1.NodeDaemonEndpoints & troupe.v1.NodeDaemonEndpoints.$Shape;
            static create(properties?: troupe.v1.NodeDaemonEndpoints.$Properties): troupe.v1.NodeDaemonEndpoints;

            /**
             * Encodes the specified NodeDaemonEndpoints message. Does not implicitly {@link troupe.v1.NodeDaemonEndpoints.verify|verify} messages.
             * @param m NodeDaemonEndpoints message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.NodeDaemonEndpoints.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeDaemonEndpoints message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.NodeDaemonEndpoints & troupe.v1.NodeDaemonEndpoints.$Shape} NodeDaemonEndpoints
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.NodeDaemonEndpoints & troupe.v1.NodeDaemonEndpoints.$Shape;
        }

        namespace NodeDaemonEndpoints {

            /** Properties of a NodeDaemonEndpoints. */
            interface $Properties {

                /** NodeDaemonEndpoints kubeletEndpoint */
                kubeletEndpoint?: troupe.v1.DaemonEndpoint.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeDaemonEndpoints. */
            type $Shape = troupe.v1.NodeDaemonEndpoints.$Properties;
        }

        /**
         * Properties of a NodeStatus.
         * @deprecated Use troupe.v1.NodeStatus.$Properties instead.
         */
        interface INodeStatus extends troupe.v1.NodeStatus.$Properties {
        }

        /** Represents a NodeStatus. */
        class NodeStatus {

            /**
             * Constructs a new NodeStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.NodeStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeStatus capacity. */
            capacity: { [k: string]: string };

            /** NodeStatus allocatable. */
            allocatable: { [k: string]: string };

            /** NodeStatus phase. */
            phase: string;

            /** NodeStatus conditions. */
            conditions: troupe.v1.Condition[];

            /** NodeStatus addresses. */
            addresses: troupe.v1.NodeAddress[];

            /** NodeStatus daemonEndpoints. */
            daemonEndpoints: troupe.v1.NodeDaemonEndpoints;

            /** NodeStatus nodeInfo. */
            nodeInfo: troupe.v1.NodeSystemInfo;

            /**
             * Creates a new NodeStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeStatus instance
             */
            static create(properties: troupe.v1.NodeStatus.$Shape): troupe.v1.NodeStatus & troupe.v1.NodeStatus.$Shape;
            static create(properties?: troupe.v1.NodeStatus.$Properties): troupe.v1.NodeStatus;

            /**
             * Encodes the specified NodeStatus message. Does not implicitly {@link troupe.v1.NodeStatus.verify|verify} messages.
             * @param m NodeStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.NodeStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.NodeStatus & troupe.v1.NodeStatus.$Shape} NodeStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.NodeStatus & troupe.v1.NodeStatus.$Shape;
        }

        namespace NodeStatus {

            /** Properties of a NodeStatus. */
            interface $Properties {

                /** NodeStatus capacity */
                capacity?: { [k: string]: string };

                /** NodeStatus allocatable */
                allocatable?: { [k: string]: string };

                /** NodeStatus phase */
                phase?: string;

                /** NodeStatus conditions */
                conditions?: troupe.v1.Condition.$Properties[];

                /** NodeStatus addresses */
                addresses?: troupe.v1.NodeAddress.$Properties[];

                /** NodeStatus daemonEndpoints */
                daemonEndpoints?: troupe.v1.NodeDaemonEndpoints.$Properties;

                /** NodeStatus nodeInfo */
                nodeInfo?: troupe.v1.NodeSystemInfo.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeStatus. */
            type $Shape = troupe.v1.NodeStatus.$Properties;
        }

        /**
         * Properties of a Node.
         * @deprecated Use troupe.v1.Node.$Properties instead.
         */
        interface INode extends troupe.v1.Node.$Properties {
        }

        /** Represents a Node. */
        class Node {

            /**
             * Constructs a new Node.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.Node.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Node apiVersion. */
            apiVersion: string;

            /** Node kind. */
            kind: string;

            /** Node metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** Node spec. */
            spec: troupe.v1.NodeSpec;

            /** Node status. */
            status: troupe.v1.NodeStatus;

            /**
             * Creates a new Node instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Node instance
             */
            static create(properties: troupe.v1.Node.$Shape): troupe.v1.Node & troupe.v1.Node.$Shape;
            static create(properties?: troupe.v1.Node.$Properties): troupe.v1.Node;

            /**
             * Encodes the specified Node message. Does not implicitly {@link troupe.v1.Node.verify|verify} messages.
             * @param m Node message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.Node.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Node message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.Node & troupe.v1.Node.$Shape} Node
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.Node & troupe.v1.Node.$Shape;
        }

        namespace Node {

            /** Properties of a Node. */
            interface $Properties {

                /** Node apiVersion */
                apiVersion?: string;

                /** Node kind */
                kind?: string;

                /** Node metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** Node spec */
                spec?: troupe.v1.NodeSpec.$Properties;

                /** Node status */
                status?: troupe.v1.NodeStatus.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Node. */
            type $Shape = troupe.v1.Node.$Properties;
        }

        /**
         * Properties of a ServicePort.
         * @deprecated Use troupe.v1.ServicePort.$Properties instead.
         */
        interface IServicePort extends troupe.v1.ServicePort.$Properties {
        }

        /** Represents a ServicePort. */
        class ServicePort {

            /**
             * Constructs a new ServicePort.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ServicePort.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServicePort name. */
            name: string;

            /** ServicePort protocol. */
            protocol: string;

            /** ServicePort appProtocol. */
            appProtocol: string;

            /** ServicePort port. */
            port: number;

            /** ServicePort targetPort. */
            targetPort: troupe.v1.IntOrString;

            /** ServicePort nodePort. */
            nodePort: (number|null);

            /**
             * Creates a new ServicePort instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServicePort instance
             */
            static create(properties: troupe.v1.ServicePort.$Shape): troupe.v1.ServicePort & troupe.v1.ServicePort.$Shape;
            static create(properties?: troupe.v1.ServicePort.$Properties): troupe.v1.ServicePort;

            /**
             * Encodes the specified ServicePort message. Does not implicitly {@link troupe.v1.ServicePort.verify|verify} messages.
             * @param m ServicePort message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ServicePort.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServicePort message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ServicePort & troupe.v1.ServicePort.$Shape} ServicePort
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ServicePort & troupe.v1.ServicePort.$Shape;
        }

        namespace ServicePort {

            /** Properties of a ServicePort. */
            interface $Properties {

                /** ServicePort name */
                name?: string;

                /** ServicePort protocol */
                protocol?: string;

                /** ServicePort appProtocol */
                appProtocol?: string;

                /** ServicePort port */
                port?: number;

                /** ServicePort targetPort */
                targetPort?: troupe.v1.IntOrString.$Properties;

                /** ServicePort nodePort */
                nodePort?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ServicePort. */
            type $Shape = troupe.v1.ServicePort.$Properties;
        }

        /**
         * Properties of a ClientIPConfig.
         * @deprecated Use troupe.v1.ClientIPConfig.$Properties instead.
         */
        interface IClientIPConfig extends troupe.v1.ClientIPConfig.$Properties {
        }

        /** Represents a ClientIPConfig. */
        class ClientIPConfig {

            /**
             * Constructs a new ClientIPConfig.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ClientIPConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClientIPConfig timeoutSeconds. */
            timeoutSeconds: (number|null);

            /**
             * Creates a new ClientIPConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClientIPConfig instance
             */
            static create(properties: troupe.v1.ClientIPConfig.$Shape): troupe.v1.ClientIPConfig & troupe.v1.ClientIPConfig.$Shape;
            static create(properties?: troupe.v1.ClientIPConfig.$Properties): troupe.v1.ClientIPConfig;

            /**
             * Encodes the specified ClientIPConfig message. Does not implicitly {@link troupe.v1.ClientIPConfig.verify|verify} messages.
             * @param m ClientIPConfig message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ClientIPConfig.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClientIPConfig message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ClientIPConfig & troupe.v1.ClientIPConfig.$Shape} ClientIPConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ClientIPConfig & troupe.v1.ClientIPConfig.$Shape;
        }

        namespace ClientIPConfig {

            /** Properties of a ClientIPConfig. */
            interface $Properties {

                /** ClientIPConfig timeoutSeconds */
                timeoutSeconds?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClientIPConfig. */
            type $Shape = troupe.v1.ClientIPConfig.$Properties;
        }

        /**
         * Properties of a SessionAffinityConfig.
         * @deprecated Use troupe.v1.SessionAffinityConfig.$Properties instead.
         */
        interface ISessionAffinityConfig extends troupe.v1.SessionAffinityConfig.$Properties {
        }

        /** Represents a SessionAffinityConfig. */
        class SessionAffinityConfig {

            /**
             * Constructs a new SessionAffinityConfig.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.SessionAffinityConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SessionAffinityConfig clientIP. */
            clientIP: troupe.v1.ClientIPConfig;

            /**
             * Creates a new SessionAffinityConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SessionAffinityConfig instance
             */
            static create(properties: troupe.v1.SessionAffinityConfig.$Shape): troupe.v1.SessionAffinityConfig & troupe.v1.SessionAffinityConfig.$Shape;
            static create(properties?: troupe.v1.SessionAffinityConfig.$Properties): troupe.v1.SessionAffinityConfig;

            /**
             * Encodes the specified SessionAffinityConfig message. Does not implicitly {@link troupe.v1.SessionAffinityConfig.verify|verify} messages.
             * @param m SessionAffinityConfig message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.SessionAffinityConfig.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SessionAffinityConfig message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.SessionAffinityConfig & troupe.v1.SessionAffinityConfig.$Shape} SessionAffinityConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.SessionAffinityConfig & troupe.v1.SessionAffinityConfig.$Shape;
        }

        namespace SessionAffinityConfig {

            /** Properties of a SessionAffinityConfig. */
            interface $Properties {

                /** SessionAffinityConfig clientIP */
                clientIP?: troupe.v1.ClientIPConfig.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SessionAffinityConfig. */
            type $Shape = troupe.v1.SessionAffinityConfig.$Properties;
        }

        /**
         * Properties of a ServiceSpec.
         * @deprecated Use troupe.v1.ServiceSpec.$Properties instead.
         */
        interface IServiceSpec extends troupe.v1.ServiceSpec.$Properties {
        }

        /** Represents a ServiceSpec. */
        class ServiceSpec {

            /**
             * Constructs a new ServiceSpec.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ServiceSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServiceSpec ports. */
            ports: troupe.v1.ServicePort[];

            /** ServiceSpec selector. */
            selector: { [k: string]: string };

            /** ServiceSpec clusterIP. */
            clusterIP: string;

            /** ServiceSpec clusterIPs. */
            clusterIPs: string[];

            /** ServiceSpec type. */
            type: string;

            /** ServiceSpec externalIPs. */
            externalIPs: string[];

            /** ServiceSpec sessionAffinity. */
            sessionAffinity: string;

            /** ServiceSpec loadBalancerIP. */
            loadBalancerIP: string;

            /** ServiceSpec loadBalancerSourceRanges. */
            loadBalancerSourceRanges: string[];

            /** ServiceSpec externalName. */
            externalName: string;

            /** ServiceSpec externalTrafficPolicy. */
            externalTrafficPolicy: string;

            /** ServiceSpec healthCheckNodePort. */
            healthCheckNodePort: (number|null);

            /** ServiceSpec publishNotReadyAddresses. */
            publishNotReadyAddresses: (boolean|null);

            /** ServiceSpec sessionAffinityConfig. */
            sessionAffinityConfig: troupe.v1.SessionAffinityConfig;

            /** ServiceSpec ipFamilies. */
            ipFamilies: string[];

            /** ServiceSpec ipFamilyPolicy. */
            ipFamilyPolicy: string;

            /** ServiceSpec allocateLoadBalancerNodePorts. */
            allocateLoadBalancerNodePorts: (boolean|null);

            /** ServiceSpec loadBalancerClass. */
            loadBalancerClass: string;

            /** ServiceSpec internalTrafficPolicy. */
            internalTrafficPolicy: string;

            /**
             * Creates a new ServiceSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServiceSpec instance
             */
            static create(properties: troupe.v1.ServiceSpec.$Shape): troupe.v1.ServiceSpec & troupe.v1.ServiceSpec.$Shape;
            static create(properties?: troupe.v1.ServiceSpec.$Properties): troupe.v1.ServiceSpec;

            /**
             * Encodes the specified ServiceSpec message. Does not implicitly {@link troupe.v1.ServiceSpec.verify|verify} messages.
             * @param m ServiceSpec message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ServiceSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServiceSpec message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ServiceSpec & troupe.v1.ServiceSpec.$Shape} ServiceSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ServiceSpec & troupe.v1.ServiceSpec.$Shape;
        }

        namespace ServiceSpec {

            /** Properties of a ServiceSpec. */
            interface $Properties {

                /** ServiceSpec ports */
                ports?: troupe.v1.ServicePort.$Properties[];

                /** ServiceSpec selector */
                selector?: { [k: string]: string };

                /** ServiceSpec clusterIP */
                clusterIP?: string;

                /** ServiceSpec clusterIPs */
                clusterIPs?: string[];

                /** ServiceSpec type */
                type?: string;

                /** ServiceSpec externalIPs */
                externalIPs?: string[];

                /** ServiceSpec sessionAffinity */
                sessionAffinity?: string;

                /** ServiceSpec loadBalancerIP */
                loadBalancerIP?: string;

                /** ServiceSpec loadBalancerSourceRanges */
                loadBalancerSourceRanges?: string[];

                /** ServiceSpec externalName */
                externalName?: string;

                /** ServiceSpec externalTrafficPolicy */
                externalTrafficPolicy?: string;

                /** ServiceSpec healthCheckNodePort */
                healthCheckNodePort?: (number|null);

                /** ServiceSpec publishNotReadyAddresses */
                publishNotReadyAddresses?: (boolean|null);

                /** ServiceSpec sessionAffinityConfig */
                sessionAffinityConfig?: troupe.v1.SessionAffinityConfig.$Properties;

                /** ServiceSpec ipFamilies */
                ipFamilies?: string[];

                /** ServiceSpec ipFamilyPolicy */
                ipFamilyPolicy?: string;

                /** ServiceSpec allocateLoadBalancerNodePorts */
                allocateLoadBalancerNodePorts?: (boolean|null);

                /** ServiceSpec loadBalancerClass */
                loadBalancerClass?: string;

                /** ServiceSpec internalTrafficPolicy */
                internalTrafficPolicy?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ServiceSpec. */
            type $Shape = troupe.v1.ServiceSpec.$Properties;
        }

        /**
         * Properties of a PortStatus.
         * @deprecated Use troupe.v1.PortStatus.$Properties instead.
         */
        interface IPortStatus extends troupe.v1.PortStatus.$Properties {
        }

        /** Represents a PortStatus. */
        class PortStatus {

            /**
             * Constructs a new PortStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PortStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PortStatus port. */
            port: number;

            /** PortStatus protocol. */
            protocol: string;

            /** PortStatus error. */
            error: string;

            /**
             * Creates a new PortStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PortStatus instance
             */
            static create(properties: troupe.v1.PortStatus.$Shape): troupe.v1.PortStatus & troupe.v1.PortStatus.$Shape;
            static create(properties?: troupe.v1.PortStatus.$Properties): troupe.v1.PortStatus;

            /**
             * Encodes the specified PortStatus message. Does not implicitly {@link troupe.v1.PortStatus.verify|verify} messages.
             * @param m PortStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PortStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PortStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PortStatus & troupe.v1.PortStatus.$Shape} PortStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PortStatus & troupe.v1.PortStatus.$Shape;
        }

        namespace PortStatus {

            /** Properties of a PortStatus. */
            interface $Properties {

                /** PortStatus port */
                port?: number;

                /** PortStatus protocol */
                protocol?: string;

                /** PortStatus error */
                error?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PortStatus. */
            type $Shape = troupe.v1.PortStatus.$Properties;
        }

        /**
         * Properties of a LoadBalancerIngress.
         * @deprecated Use troupe.v1.LoadBalancerIngress.$Properties instead.
         */
        interface ILoadBalancerIngress extends troupe.v1.LoadBalancerIngress.$Properties {
        }

        /** Represents a LoadBalancerIngress. */
        class LoadBalancerIngress {

            /**
             * Constructs a new LoadBalancerIngress.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.LoadBalancerIngress.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LoadBalancerIngress ip. */
            ip: string;

            /** LoadBalancerIngress hostname. */
            hostname: string;

            /** LoadBalancerIngress ports. */
            ports: troupe.v1.PortStatus[];

            /**
             * Creates a new LoadBalancerIngress instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LoadBalancerIngress instance
             */
            static create(properties: troupe.v1.LoadBalancerIngress.$Shape): troupe.v1.LoadBalancerIngress & troupe.v1.LoadBalancerIngress.$Shape;
            static create(properties?: troupe.v1.LoadBalancerIngress.$Properties): troupe.v1.LoadBalancerIngress;

            /**
             * Encodes the specified LoadBalancerIngress message. Does not implicitly {@link troupe.v1.LoadBalancerIngress.verify|verify} messages.
             * @param m LoadBalancerIngress message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.LoadBalancerIngress.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LoadBalancerIngress message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.LoadBalancerIngress & troupe.v1.LoadBalancerIngress.$Shape} LoadBalancerIngress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.LoadBalancerIngress & troupe.v1.LoadBalancerIngress.$Shape;
        }

        namespace LoadBalancerIngress {

            /** Properties of a LoadBalancerIngress. */
            interface $Properties {

                /** LoadBalancerIngress ip */
                ip?: string;

                /** LoadBalancerIngress hostname */
                hostname?: string;

                /** LoadBalancerIngress ports */
                ports?: troupe.v1.PortStatus.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LoadBalancerIngress. */
            type $Shape = troupe.v1.LoadBalancerIngress.$Properties;
        }

        /**
         * Properties of a LoadBalancerStatus.
         * @deprecated Use troupe.v1.LoadBalancerStatus.$Properties instead.
         */
        interface ILoadBalancerStatus extends troupe.v1.LoadBalancerStatus.$Properties {
        }

        /** Represents a LoadBalancerStatus. */
        class LoadBalancerStatus {

            /**
             * Constructs a new LoadBalancerStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.LoadBalancerStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LoadBalancerStatus ingress. */
            ingress: troupe.v1.LoadBalancerIngress[];

            /**
             * Creates a new LoadBalancerStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LoadBalancerStatus instance
             */
            static create(properties: troupe.v1.LoadBalancerStatus.$Shape): troupe.v1.LoadBalancerStatus & troupe.v1.LoadBalancerStatus.$Shape;
            static create(properties?: troupe.v1.LoadBalancerStatus.$Properties): troupe.v1.LoadBalancerStatus;

            /**
             * Encodes the specified LoadBalancerStatus message. Does not implicitly {@link troupe.v1.LoadBalancerStatus.verify|verify} messages.
             * @param m LoadBalancerStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.LoadBalancerStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LoadBalancerStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.LoadBalancerStatus & troupe.v1.LoadBalancerStatus.$Shape} LoadBalancerStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.LoadBalancerStatus & troupe.v1.LoadBalancerStatus.$Shape;
        }

        namespace LoadBalancerStatus {

            /** Properties of a LoadBalancerStatus. */
            interface $Properties {

                /** LoadBalancerStatus ingress */
                ingress?: troupe.v1.LoadBalancerIngress.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LoadBalancerStatus. */
            type $Shape = troupe.v1.LoadBalancerStatus.$Properties;
        }

        /**
         * Properties of a ServiceStatus.
         * @deprecated Use troupe.v1.ServiceStatus.$Properties instead.
         */
        interface IServiceStatus extends troupe.v1.ServiceStatus.$Properties {
        }

        /** Represents a ServiceStatus. */
        class ServiceStatus {

            /**
             * Constructs a new ServiceStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ServiceStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServiceStatus loadBalancer. */
            loadBalancer: troupe.v1.LoadBalancerStatus;

            /** ServiceStatus conditions. */
            conditions: troupe.v1.Condition[];

            /**
             * Creates a new ServiceStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServiceStatus instance
             */
            static create(properties: troupe.v1.ServiceStatus.$Shape): troupe.v1.ServiceStatus & troupe.v1.ServiceStatus.$Shape;
            static create(properties?: troupe.v1.ServiceStatus.$Properties): troupe.v1.ServiceStatus;

            /**
             * Encodes the specified ServiceStatus message. Does not implicitly {@link troupe.v1.ServiceStatus.verify|verify} messages.
             * @param m ServiceStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ServiceStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServiceStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ServiceStatus & troupe.v1.ServiceStatus.$Shape} ServiceStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ServiceStatus & troupe.v1.ServiceStatus.$Shape;
        }

        namespace ServiceStatus {

            /** Properties of a ServiceStatus. */
            interface $Properties {

                /** ServiceStatus loadBalancer */
                loadBalancer?: troupe.v1.LoadBalancerStatus.$Properties;

                /** ServiceStatus conditions */
                conditions?: troupe.v1.Condition.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ServiceStatus. */
            type $Shape = troupe.v1.ServiceStatus.$Properties;
        }

        /**
         * Properties of a Service.
         * @deprecated Use troupe.v1.Service.$Properties instead.
         */
        interface IService extends troupe.v1.Service.$Properties {
        }

        /** Represents a Service. */
        class Service {

            /**
             * Constructs a new Service.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.Service.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Service apiVersion. */
            apiVersion: string;

            /** Service kind. */
            kind: string;

            /** Service metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** Service spec. */
            spec: troupe.v1.ServiceSpec;

            /** Service status. */
            status: troupe.v1.ServiceStatus;

            /**
             * Creates a new Service instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Service instance
             */
            static create(properties: troupe.v1.Service.$Shape): troupe.v1.Service & troupe.v1.Service.$Shape;
            static create(properties?: troupe.v1.Service.$Properties): troupe.v1.Service;

            /**
             * Encodes the specified Service message. Does not implicitly {@link troupe.v1.Service.verify|verify} messages.
             * @param m Service message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.Service.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Service message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.Service & troupe.v1.Service.$Shape} Service
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.Service & troupe.v1.Service.$Shape;
        }

        namespace Service {

            /** Properties of a Service. */
            interface $Properties {

                /** Service apiVersion */
                apiVersion?: string;

                /** Service kind */
                kind?: string;

                /** Service metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** Service spec */
                spec?: troupe.v1.ServiceSpec.$Properties;

                /** Service status */
                status?: troupe.v1.ServiceStatus.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Service. */
            type $Shape = troupe.v1.Service.$Properties;
        }

        /**
         * Properties of an EndpointAddress.
         * @deprecated Use troupe.v1.EndpointAddress.$Properties instead.
         */
        interface IEndpointAddress extends troupe.v1.EndpointAddress.$Properties {
        }

        /** Represents an EndpointAddress. */
        class EndpointAddress {

            /**
             * Constructs a new EndpointAddress.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.EndpointAddress.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EndpointAddress ip. */
            ip: string;

            /** EndpointAddress hostname. */
            hostname: string;

            /** EndpointAddress nodeName. */
            nodeName: string;

            /** EndpointAddress targetRef. */
            targetRef: troupe.v1.ObjectReference;

            /**
             * Creates a new EndpointAddress instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EndpointAddress instance
             */
            static create(properties: troupe.v1.EndpointAddress.$Shape): troupe.v1.EndpointAddress & troupe.v1.EndpointAddress.$Shape;
            static create(properties?: troupe.v1.EndpointAddress.$Properties): troupe.v1.EndpointAddress;

            /**
             * Encodes the specified EndpointAddress message. Does not implicitly {@link troupe.v1.EndpointAddress.verify|verify} messages.
             * @param m EndpointAddress message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.EndpointAddress.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EndpointAddress message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.EndpointAddress & troupe.v1.EndpointAddress.$Shape} EndpointAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.EndpointAddress & troupe.v1.EndpointAddress.$Shape;
        }

        namespace EndpointAddress {

            /** Properties of an EndpointAddress. */
            interface $Properties {

                /** EndpointAddress ip */
                ip?: string;

                /** EndpointAddress hostname */
                hostname?: string;

                /** EndpointAddress nodeName */
                nodeName?: string;

                /** EndpointAddress targetRef */
                targetRef?: troupe.v1.ObjectReference.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EndpointAddress. */
            type $Shape = troupe.v1.EndpointAddress.$Properties;
        }

        /**
         * Properties of an EndpointPort.
         * @deprecated Use troupe.v1.EndpointPort.$Properties instead.
         */
        interface IEndpointPort extends troupe.v1.EndpointPort.$Properties {
        }

        /** Represents an EndpointPort. */
        class EndpointPort {

            /**
             * Constructs a new EndpointPort.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.EndpointPort.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EndpointPort name. */
            name: string;

            /** EndpointPort port. */
            port: number;

            /** EndpointPort protocol. */
            protocol: string;

            /** EndpointPort appProtocol. */
            appProtocol: string;

            /**
             * Creates a new EndpointPort instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EndpointPort instance
             */
            static create(properties: troupe.v1.EndpointPort.$Shape): troupe.v1.EndpointPort & troupe.v1.EndpointPort.$Shape;
            static create(properties?: troupe.v1.EndpointPort.$Properties): troupe.v1.EndpointPort;

            /**
             * Encodes the specified EndpointPort message. Does not implicitly {@link troupe.v1.EndpointPort.verify|verify} messages.
             * @param m EndpointPort message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.EndpointPort.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EndpointPort message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.EndpointPort & troupe.v1.EndpointPort.$Shape} EndpointPort
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.EndpointPort & troupe.v1.EndpointPort.$Shape;
        }

        namespace EndpointPort {

            /** Properties of an EndpointPort. */
            interface $Properties {

                /** EndpointPort name */
                name?: string;

                /** EndpointPort port */
                port?: number;

                /** EndpointPort protocol */
                protocol?: string;

                /** EndpointPort appProtocol */
                appProtocol?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EndpointPort. */
            type $Shape = troupe.v1.EndpointPort.$Properties;
        }

        /**
         * Properties of an EndpointSubset.
         * @deprecated Use troupe.v1.EndpointSubset.$Properties instead.
         */
        interface IEndpointSubset extends troupe.v1.EndpointSubset.$Properties {
        }

        /** Represents an EndpointSubset. */
        class EndpointSubset {

            /**
             * Constructs a new EndpointSubset.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.EndpointSubset.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EndpointSubset addresses. */
            addresses: troupe.v1.EndpointAddress[];

            /** EndpointSubset notReadyAddresses. */
            notReadyAddresses: troupe.v1.EndpointAddress[];

            /** EndpointSubset ports. */
            ports: troupe.v1.EndpointPort[];

            /**
             * Creates a new EndpointSubset instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EndpointSubset instance
             */
            static create(properties: troupe.v1.EndpointSubset.$Shape): troupe.v1.EndpointSubset & troupe.v1.EndpointSubset.$Shape;
            static create(properties?: troupe.v1.EndpointSubset.$Properties): troupe.v1.EndpointSubset;

            /**
             * Encodes the specified EndpointSubset message. Does not implicitly {@link troupe.v1.EndpointSubset.verify|verify} messages.
             * @param m EndpointSubset message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.EndpointSubset.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EndpointSubset message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.EndpointSubset & troupe.v1.EndpointSubset.$Shape} EndpointSubset
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.EndpointSubset & troupe.v1.EndpointSubset.$Shape;
        }

        namespace EndpointSubset {

            /** Properties of an EndpointSubset. */
            interface $Properties {

                /** EndpointSubset addresses */
                addresses?: troupe.v1.EndpointAddress.$Properties[];

                /** EndpointSubset notReadyAddresses */
                notReadyAddresses?: troupe.v1.EndpointAddress.$Properties[];

                /** EndpointSubset ports */
                ports?: troupe.v1.EndpointPort.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EndpointSubset. */
            type $Shape = troupe.v1.EndpointSubset.$Properties;
        }

        /**
         * Properties of an Endpoints.
         * @deprecated Use troupe.v1.Endpoints.$Properties instead.
         */
        interface IEndpoints extends troupe.v1.Endpoints.$Properties {
        }

        /** Represents an Endpoints. */
        class Endpoints {

            /**
             * Constructs a new Endpoints.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.Endpoints.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Endpoints apiVersion. */
            apiVersion: string;

            /** Endpoints kind. */
            kind: string;

            /** Endpoints metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** Endpoints subsets. */
            subsets: troupe.v1.EndpointSubset[];

            /**
             * Creates a new Endpoints instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Endpoints instance
             */
            static create(properties: troupe.v1.Endpoints.$Shape): troupe.v1.Endpoints & troupe.v1.Endpoints.$Shape;
            static create(properties?: troupe.v1.Endpoints.$Properties): troupe.v1.Endpoints;

            /**
             * Encodes the specified Endpoints message. Does not implicitly {@link troupe.v1.Endpoints.verify|verify} messages.
             * @param m Endpoints message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.Endpoints.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Endpoints message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.Endpoints & troupe.v1.Endpoints.$Shape} Endpoints
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.Endpoints & troupe.v1.Endpoints.$Shape;
        }

        namespace Endpoints {

            /** Properties of an Endpoints. */
            interface $Properties {

                /** Endpoints apiVersion */
                apiVersion?: string;

                /** Endpoints kind */
                kind?: string;

                /** Endpoints metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** Endpoints subsets */
                subsets?: troupe.v1.EndpointSubset.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Endpoints. */
            type $Shape = troupe.v1.Endpoints.$Properties;
        }

        /**
         * Properties of a ConfigMap.
         * @deprecated Use troupe.v1.ConfigMap.$Properties instead.
         */
        interface IConfigMap extends troupe.v1.ConfigMap.$Properties {
        }

        /** Represents a ConfigMap. */
        class ConfigMap {

            /**
             * Constructs a new ConfigMap.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ConfigMap.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfigMap apiVersion. */
            apiVersion: string;

            /** ConfigMap kind. */
            kind: string;

            /** ConfigMap metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** ConfigMap data. */
            data: { [k: string]: string };

            /** ConfigMap binaryData. */
            binaryData: { [k: string]: Uint8Array };

            /** ConfigMap immutable. */
            immutable: (boolean|null);

            /**
             * Creates a new ConfigMap instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfigMap instance
             */
            static create(properties: troupe.v1.ConfigMap.$Shape): troupe.v1.ConfigMap & troupe.v1.ConfigMap.$Shape;
            static create(properties?: troupe.v1.ConfigMap.$Properties): troupe.v1.ConfigMap;

            /**
             * Encodes the specified ConfigMap message. Does not implicitly {@link troupe.v1.ConfigMap.verify|verify} messages.
             * @param m ConfigMap message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ConfigMap.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfigMap message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ConfigMap & troupe.v1.ConfigMap.$Shape} ConfigMap
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ConfigMap & troupe.v1.ConfigMap.$Shape;
        }

        namespace ConfigMap {

            /** Properties of a ConfigMap. */
            interface $Properties {

                /** ConfigMap apiVersion */
                apiVersion?: string;

                /** ConfigMap kind */
                kind?: string;

                /** ConfigMap metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** ConfigMap data */
                data?: { [k: string]: string };

                /** ConfigMap binaryData */
                binaryData?: { [k: string]: Uint8Array };

                /** ConfigMap immutable */
                immutable?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfigMap. */
            type $Shape = troupe.v1.ConfigMap.$Properties;
        }

        /**
         * Properties of a Secret.
         * @deprecated Use troupe.v1.Secret.$Properties instead.
         */
        interface ISecret extends troupe.v1.Secret.$Properties {
        }

        /** Represents a Secret. */
        class Secret {

            /**
             * Constructs a new Secret.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.Secret.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Secret apiVersion. */
            apiVersion: string;

            /** Secret kind. */
            kind: string;

            /** Secret metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** Secret data. */
            data: { [k: string]: Uint8Array };

            /** Secret stringData. */
            stringData: { [k: string]: string };

            /** Secret type. */
            type: string;

            /** Secret immutable. */
            immutable: (boolean|null);

            /**
             * Creates a new Secret instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Secret instance
             */
            static create(properties: troupe.v1.Secret.$Shape): troupe.v1.Secret & troupe.v1.Secret.$Shape;
            static create(properties?: troupe.v1.Secret.$Properties): troupe.v1.Secret;

            /**
             * Encodes the specified Secret message. Does not implicitly {@link troupe.v1.Secret.verify|verify} messages.
             * @param m Secret message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.Secret.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Secret message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.Secret & troupe.v1.Secret.$Shape} Secret
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.Secret & troupe.v1.Secret.$Shape;
        }

        namespace Secret {

            /** Properties of a Secret. */
            interface $Properties {

                /** Secret apiVersion */
                apiVersion?: string;

                /** Secret kind */
                kind?: string;

                /** Secret metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** Secret data */
                data?: { [k: string]: Uint8Array };

                /** Secret stringData */
                stringData?: { [k: string]: string };

                /** Secret type */
                type?: string;

                /** Secret immutable */
                immutable?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Secret. */
            type $Shape = troupe.v1.Secret.$Properties;
        }

        /**
         * Properties of a ServiceAccount.
         * @deprecated Use troupe.v1.ServiceAccount.$Properties instead.
         */
        interface IServiceAccount extends troupe.v1.ServiceAccount.$Properties {
        }

        /** Represents a ServiceAccount. */
        class ServiceAccount {

            /**
             * Constructs a new ServiceAccount.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ServiceAccount.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServiceAccount apiVersion. */
            apiVersion: string;

            /** ServiceAccount kind. */
            kind: string;

            /** ServiceAccount metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** ServiceAccount secrets. */
            secrets: troupe.v1.ObjectReference[];

            /** ServiceAccount imagePullSecrets. */
            imagePullSecrets: troupe.v1.LocalObjectReference[];

            /** ServiceAccount automountServiceAccountToken. */
            automountServiceAccountToken: (boolean|null);

            /**
             * Creates a new ServiceAccount instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServiceAccount instance
             */
            static create(properties: troupe.v1.ServiceAccount.$Shape): troupe.v1.ServiceAccount & troupe.v1.ServiceAccount.$Shape;
            static create(properties?: troupe.v1.ServiceAccount.$Properties): troupe.v1.ServiceAccount;

            /**
             * Encodes the specified ServiceAccount message. Does not implicitly {@link troupe.v1.ServiceAccount.verify|verify} messages.
             * @param m ServiceAccount message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ServiceAccount.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServiceAccount message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ServiceAccount & troupe.v1.ServiceAccount.$Shape} ServiceAccount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ServiceAccount & troupe.v1.ServiceAccount.$Shape;
        }

        namespace ServiceAccount {

            /** Properties of a ServiceAccount. */
            interface $Properties {

                /** ServiceAccount apiVersion */
                apiVersion?: string;

                /** ServiceAccount kind */
                kind?: string;

                /** ServiceAccount metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** ServiceAccount secrets */
                secrets?: troupe.v1.ObjectReference.$Properties[];

                /** ServiceAccount imagePullSecrets */
                imagePullSecrets?: troupe.v1.LocalObjectReference.$Properties[];

                /** ServiceAccount automountServiceAccountToken */
                automountServiceAccountToken?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ServiceAccount. */
            type $Shape = troupe.v1.ServiceAccount.$Properties;
        }

        /**
         * Properties of an EventSource.
         * @deprecated Use troupe.v1.EventSource.$Properties instead.
         */
        interface IEventSource extends troupe.v1.EventSource.$Properties {
        }

        /** Represents an EventSource. */
        class EventSource {

            /**
             * Constructs a new EventSource.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.EventSource.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EventSource component. */
            component: string;

            /** EventSource host. */
            host: string;

            /**
             * Creates a new EventSource instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventSource instance
             */
            static create(properties: troupe.v1.EventSource.$Shape): troupe.v1.EventSource & troupe.v1.EventSource.$Shape;
            static create(properties?: troupe.v1.EventSource.$Properties): troupe.v1.EventSource;

            /**
             * Encodes the specified EventSource message. Does not implicitly {@link troupe.v1.EventSource.verify|verify} messages.
             * @param m EventSource message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.EventSource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventSource message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.EventSource & troupe.v1.EventSource.$Shape} EventSource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.EventSource & troupe.v1.EventSource.$Shape;
        }

        namespace EventSource {

            /** Properties of an EventSource. */
            interface $Properties {

                /** EventSource component */
                component?: string;

                /** EventSource host */
                host?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EventSource. */
            type $Shape = troupe.v1.EventSource.$Properties;
        }

        /**
         * Properties of an Event.
         * @deprecated Use troupe.v1.Event.$Properties instead.
         */
        interface IEvent extends troupe.v1.Event.$Properties {
        }

        /** Represents an Event. */
        class Event {

            /**
             * Constructs a new Event.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.Event.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Event apiVersion. */
            apiVersion: string;

            /** Event kind. */
            kind: string;

            /** Event metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** Event involvedObject. */
            involvedObject: troupe.v1.ObjectReference;

            /** Event reason. */
            reason: string;

            /** Event message. */
            message: string;

            /** Event source. */
            source: troupe.v1.EventSource;

            /** Event firstTimestamp. */
            firstTimestamp: string;

            /** Event lastTimestamp. */
            lastTimestamp: string;

            /** Event count. */
            count: number;

            /** Event type. */
            type: string;

            /** Event eventTime. */
            eventTime: string;

            /** Event action. */
            action: string;

            /** Event reportingComponent. */
            reportingComponent: string;

            /** Event reportingInstance. */
            reportingInstance: string;

            /**
             * Creates a new Event instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Event instance
             */
            static create(properties: troupe.v1.Event.$Shape): troupe.v1.Event & troupe.v1.Event.$Shape;
            static create(properties?: troupe.v1.Event.$Properties): troupe.v1.Event;

            /**
             * Encodes the specified Event message. Does not implicitly {@link troupe.v1.Event.verify|verify} messages.
             * @param m Event message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.Event.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.Event & troupe.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.Event & troupe.v1.Event.$Shape;
        }

        namespace Event {

            /** Properties of an Event. */
            interface $Properties {

                /** Event apiVersion */
                apiVersion?: string;

                /** Event kind */
                kind?: string;

                /** Event metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** Event involvedObject */
                involvedObject?: troupe.v1.ObjectReference.$Properties;

                /** Event reason */
                reason?: string;

                /** Event message */
                message?: string;

                /** Event source */
                source?: troupe.v1.EventSource.$Properties;

                /** Event firstTimestamp */
                firstTimestamp?: string;

                /** Event lastTimestamp */
                lastTimestamp?: string;

                /** Event count */
                count?: number;

                /** Event type */
                type?: string;

                /** Event eventTime */
                eventTime?: string;

                /** Event action */
                action?: string;

                /** Event reportingComponent */
                reportingComponent?: string;

                /** Event reportingInstance */
                reportingInstance?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Event. */
            type $Shape = troupe.v1.Event.$Properties;
        }

        /**
         * Properties of a LimitRangeItem.
         * @deprecated Use troupe.v1.LimitRangeItem.$Properties instead.
         */
        interface ILimitRangeItem extends troupe.v1.LimitRangeItem.$Properties {
        }

        /** Represents a LimitRangeItem. */
        class LimitRangeItem {

            /**
             * Constructs a new LimitRangeItem.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.LimitRangeItem.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LimitRangeItem type. */
            type: string;

            /** LimitRangeItem max. */
            max: { [k: string]: string };

            /** LimitRangeItem min. */
            min: { [k: string]: string };

            /** LimitRangeItem default. */
            default: { [k: string]: string };

            /** LimitRangeItem defaultRequest. */
            defaultRequest: { [k: string]: string };

            /** LimitRangeItem maxLimitRequestRatio. */
            maxLimitRequestRatio: { [k: string]: string };

            /**
             * Creates a new LimitRangeItem instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LimitRangeItem instance
             */
            static create(properties: troupe.v1.LimitRangeItem.$Shape): troupe.v1.LimitRangeItem & troupe.v1.LimitRangeItem.$Shape;
            static create(properties?: troupe.v1.LimitRangeItem.$Properties): troupe.v1.LimitRangeItem;

            /**
             * Encodes the specified LimitRangeItem message. Does not implicitly {@link troupe.v1.LimitRangeItem.verify|verify} messages.
             * @param m LimitRangeItem message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.LimitRangeItem.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LimitRangeItem message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.LimitRangeItem & troupe.v1.LimitRangeItem.$Shape} LimitRangeItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.LimitRangeItem & troupe.v1.LimitRangeItem.$Shape;
        }

        namespace LimitRangeItem {

            /** Properties of a LimitRangeItem. */
            interface $Properties {

                /** LimitRangeItem type */
                type?: string;

                /** LimitRangeItem max */
                max?: { [k: string]: string };

                /** LimitRangeItem min */
                min?: { [k: string]: string };

                /** LimitRangeItem default */
                "default"?: { [k: string]: string };

                /** LimitRangeItem defaultRequest */
                defaultRequest?: { [k: string]: string };

                /** LimitRangeItem maxLimitRequestRatio */
                maxLimitRequestRatio?: { [k: string]: string };

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LimitRangeItem. */
            type $Shape = troupe.v1.LimitRangeItem.$Properties;
        }

        /**
         * Properties of a LimitRangeSpec.
         * @deprecated Use troupe.v1.LimitRangeSpec.$Properties instead.
         */
        interface ILimitRangeSpec extends troupe.v1.LimitRangeSpec.$Properties {
        }

        /** Represents a LimitRangeSpec. */
        class LimitRangeSpec {

            /**
             * Constructs a new LimitRangeSpec.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.LimitRangeSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LimitRangeSpec limits. */
            limits: troupe.v1.LimitRangeItem[];

            /**
             * Creates a new LimitRangeSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LimitRangeSpec instance
             */
            static create(properties: troupe.v1.LimitRangeSpec.$Shape): troupe.v1.LimitRangeSpec & troupe.v1.LimitRangeSpec.$Shape;
            static create(properties?: troupe.v1.LimitRangeSpec.$Properties): troupe.v1.LimitRangeSpec;

            /**
             * Encodes the specified LimitRangeSpec message. Does not implicitly {@link troupe.v1.LimitRangeSpec.verify|verify} messages.
             * @param m LimitRangeSpec message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.LimitRangeSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LimitRangeSpec message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.LimitRangeSpec & troupe.v1.LimitRangeSpec.$Shape} LimitRangeSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.LimitRangeSpec & troupe.v1.LimitRangeSpec.$Shape;
        }

        namespace LimitRangeSpec {

            /** Properties of a LimitRangeSpec. */
            interface $Properties {

                /** LimitRangeSpec limits */
                limits?: troupe.v1.LimitRangeItem.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LimitRangeSpec. */
            type $Shape = troupe.v1.LimitRangeSpec.$Properties;
        }

        /**
         * Properties of a LimitRange.
         * @deprecated Use troupe.v1.LimitRange.$Properties instead.
         */
        interface ILimitRange extends troupe.v1.LimitRange.$Properties {
        }

        /** Represents a LimitRange. */
        class LimitRange {

            /**
             * Constructs a new LimitRange.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.LimitRange.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LimitRange apiVersion. */
            apiVersion: string;

            /** LimitRange kind. */
            kind: string;

            /** LimitRange metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** LimitRange spec. */
            spec: troupe.v1.LimitRangeSpec;

            /**
             * Creates a new LimitRange instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LimitRange instance
             */
            static create(properties: troupe.v1.LimitRange.$Shape): troupe.v1.LimitRange & troupe.v1.LimitRange.$Shape;
            static create(properties?: troupe.v1.LimitRange.$Properties): troupe.v1.LimitRange;

            /**
             * Encodes the specified LimitRange message. Does not implicitly {@link troupe.v1.LimitRange.verify|verify} messages.
             * @param m LimitRange message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.LimitRange.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LimitRange message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.LimitRange & troupe.v1.LimitRange.$Shape} LimitRange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.LimitRange & troupe.v1.LimitRange.$Shape;
        }

        namespace LimitRange {

            /** Properties of a LimitRange. */
            interface $Properties {

                /** LimitRange apiVersion */
                apiVersion?: string;

                /** LimitRange kind */
                kind?: string;

                /** LimitRange metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** LimitRange spec */
                spec?: troupe.v1.LimitRangeSpec.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LimitRange. */
            type $Shape = troupe.v1.LimitRange.$Properties;
        }

        /**
         * Properties of a ScopedResourceSelectorRequirement.
         * @deprecated Use troupe.v1.ScopedResourceSelectorRequirement.$Properties instead.
         */
        interface IScopedResourceSelectorRequirement extends troupe.v1.ScopedResourceSelectorRequirement.$Properties {
        }

        /** Represents a ScopedResourceSelectorRequirement. */
        class ScopedResourceSelectorRequirement {

            /**
             * Constructs a new ScopedResourceSelectorRequirement.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ScopedResourceSelectorRequirement.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ScopedResourceSelectorRequirement scopeName. */
            scopeName: string;

            /** ScopedResourceSelectorRequirement operator. */
            operator: string;

            /** ScopedResourceSelectorRequirement values. */
            values: string[];

            /**
             * Creates a new ScopedResourceSelectorRequirement instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ScopedResourceSelectorRequirement instance
             */
            static create(properties: troupe.v1.ScopedResourceSelectorRequirement.$Shape): troupe.v1.ScopedResourceSelectorRequirement & troupe.v1.ScopedResourceSelectorRequirement.$Shape;
            static create(properties?: troupe.v1.ScopedResourceSelectorRequirement.$Properties): troupe.v1.ScopedResourceSelectorRequirement;

            /**
             * Encodes the specified ScopedResourceSelectorRequirement message. Does not implicitly {@link troupe.v1.ScopedResourceSelectorRequirement.verify|verify} messages.
             * @param m ScopedResourceSelectorRequirement message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ScopedResourceSelectorRequirement.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ScopedResourceSelectorRequirement message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ScopedResourceSelectorRequirement & troupe.v1.ScopedResourceSelectorRequirement.$Shape} ScopedResourceSelectorRequirement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ScopedResourceSelectorRequirement & troupe.v1.ScopedResourceSelectorRequirement.$Shape;
        }

        namespace ScopedResourceSelectorRequirement {

            /** Properties of a ScopedResourceSelectorRequirement. */
            interface $Properties {

                /** ScopedResourceSelectorRequirement scopeName */
                scopeName?: string;

                /** ScopedResourceSelectorRequirement operator */
                operator?: string;

                /** ScopedResourceSelectorRequirement values */
                values?: string[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ScopedResourceSelectorRequirement. */
            type $Shape = troupe.v1.ScopedResourceSelectorRequirement.$Properties;
        }

        /**
         * Properties of a ScopeSelector.
         * @deprecated Use troupe.v1.ScopeSelector.$Properties instead.
         */
        interface IScopeSelector extends troupe.v1.ScopeSelector.$Properties {
        }

        /** Represents a ScopeSelector. */
        class ScopeSelector {

            /**
             * Constructs a new ScopeSelector.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ScopeSelector.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ScopeSelector matchExpressions. */
            matchExpressions: troupe.v1.ScopedResourceSelectorRequirement[];

            /**
             * Creates a new ScopeSelector instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ScopeSelector instance
             */
            static create(properties: troupe.v1.ScopeSelector.$Shape): troupe.v1.ScopeSelector & troupe.v1.ScopeSelector.$Shape;
            static create(properties?: troupe.v1.ScopeSelector.$Properties): troupe.v1.ScopeSelector;

            /**
             * Encodes the specified ScopeSelector message. Does not implicitly {@link troupe.v1.ScopeSelector.verify|verify} messages.
             * @param m ScopeSelector message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ScopeSelector.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ScopeSelector message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ScopeSelector & troupe.v1.ScopeSelector.$Shape} ScopeSelector
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ScopeSelector & troupe.v1.ScopeSelector.$Shape;
        }

        namespace ScopeSelector {

            /** Properties of a ScopeSelector. */
            interface $Properties {

                /** ScopeSelector matchExpressions */
                matchExpressions?: troupe.v1.ScopedResourceSelectorRequirement.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ScopeSelector. */
            type $Shape = troupe.v1.ScopeSelector.$Properties;
        }

        /**
         * Properties of a ResourceQuotaSpec.
         * @deprecated Use troupe.v1.ResourceQuotaSpec.$Properties instead.
         */
        interface IResourceQuotaSpec extends troupe.v1.ResourceQuotaSpec.$Properties {
        }

        /** Represents a ResourceQuotaSpec. */
        class ResourceQuotaSpec {

            /**
             * Constructs a new ResourceQuotaSpec.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ResourceQuotaSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResourceQuotaSpec hard. */
            hard: { [k: string]: string };

            /** ResourceQuotaSpec scopes. */
            scopes: string[];

            /** ResourceQuotaSpec scopeSelector. */
            scopeSelector: troupe.v1.ScopeSelector;

            /**
             * Creates a new ResourceQuotaSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResourceQuotaSpec instance
             */
            static create(properties: troupe.v1.ResourceQuotaSpec.$Shape): troupe.v1.ResourceQuotaSpec & troupe.v1.ResourceQuotaSpec.$Shape;
            static create(properties?: troupe.v1.ResourceQuotaSpec.$Properties): troupe.v1.ResourceQuotaSpec;

            /**
             * Encodes the specified ResourceQuotaSpec message. Does not implicitly {@link troupe.v1.ResourceQuotaSpec.verify|verify} messages.
             * @param m ResourceQuotaSpec message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ResourceQuotaSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResourceQuotaSpec message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ResourceQuotaSpec & troupe.v1.ResourceQuotaSpec.$Shape} ResourceQuotaSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ResourceQuotaSpec & troupe.v1.ResourceQuotaSpec.$Shape;
        }

        namespace ResourceQuotaSpec {

            /** Properties of a ResourceQuotaSpec. */
            interface $Properties {

                /** ResourceQuotaSpec hard */
                hard?: { [k: string]: string };

                /** ResourceQuotaSpec scopes */
                scopes?: string[];

                /** ResourceQuotaSpec scopeSelector */
                scopeSelector?: troupe.v1.ScopeSelector.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResourceQuotaSpec. */
            type $Shape = troupe.v1.ResourceQuotaSpec.$Properties;
        }

        /**
         * Properties of a ResourceQuotaStatus.
         * @deprecated Use troupe.v1.ResourceQuotaStatus.$Properties instead.
         */
        interface IResourceQuotaStatus extends troupe.v1.ResourceQuotaStatus.$Properties {
        }

        /** Represents a ResourceQuotaStatus. */
        class ResourceQuotaStatus {

            /**
             * Constructs a new ResourceQuotaStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ResourceQuotaStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResourceQuotaStatus hard. */
            hard: { [k: string]: string };

            /** ResourceQuotaStatus used. */
            used: { [k: string]: string };

            /**
             * Creates a new ResourceQuotaStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResourceQuotaStatus instance
             */
            static create(properties: troupe.v1.ResourceQuotaStatus.$Shape): troupe.v1.ResourceQuotaStatus & troupe.v1.ResourceQuotaStatus.$Shape;
            static create(properties?: troupe.v1.ResourceQuotaStatus.$Properties): troupe.v1.ResourceQuotaStatus;

            /**
             * Encodes the specified ResourceQuotaStatus message. Does not implicitly {@link troupe.v1.ResourceQuotaStatus.verify|verify} messages.
             * @param m ResourceQuotaStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ResourceQuotaStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResourceQuotaStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ResourceQuotaStatus & troupe.v1.ResourceQuotaStatus.$Shape} ResourceQuotaStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ResourceQuotaStatus & troupe.v1.ResourceQuotaStatus.$Shape;
        }

        namespace ResourceQuotaStatus {

            /** Properties of a ResourceQuotaStatus. */
            interface $Properties {

                /** ResourceQuotaStatus hard */
                hard?: { [k: string]: string };

                /** ResourceQuotaStatus used */
                used?: { [k: string]: string };

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResourceQuotaStatus. */
            type $Shape = troupe.v1.ResourceQuotaStatus.$Properties;
        }

        /**
         * Properties of a ResourceQuota.
         * @deprecated Use troupe.v1.ResourceQuota.$Properties instead.
         */
        interface IResourceQuota extends troupe.v1.ResourceQuota.$Properties {
        }

        /** Represents a ResourceQuota. */
        class ResourceQuota {

            /**
             * Constructs a new ResourceQuota.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ResourceQuota.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResourceQuota apiVersion. */
            apiVersion: string;

            /** ResourceQuota kind. */
            kind: string;

            /** ResourceQuota metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** ResourceQuota spec. */
            spec: troupe.v1.ResourceQuotaSpec;

            /** ResourceQuota status. */
            status: troupe.v1.ResourceQuotaStatus;

            /**
             * Creates a new ResourceQuota instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResourceQuota instance
             */
            static create(properties: troupe.v1.ResourceQuota.$Shape): troupe.v1.ResourceQuota & troupe.v1.ResourceQuota.$Shape;
            static create(properties?: troupe.v1.ResourceQuota.$Properties): troupe.v1.ResourceQuota;

            /**
             * Encodes the specified ResourceQuota message. Does not implicitly {@link troupe.v1.ResourceQuota.verify|verify} messages.
             * @param m ResourceQuota message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ResourceQuota.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResourceQuota message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ResourceQuota & troupe.v1.ResourceQuota.$Shape} ResourceQuota
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ResourceQuota & troupe.v1.ResourceQuota.$Shape;
        }

        namespace ResourceQuota {

            /** Properties of a ResourceQuota. */
            interface $Properties {

                /** ResourceQuota apiVersion */
                apiVersion?: string;

                /** ResourceQuota kind */
                kind?: string;

                /** ResourceQuota metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** ResourceQuota spec */
                spec?: troupe.v1.ResourceQuotaSpec.$Properties;

                /** ResourceQuota status */
                status?: troupe.v1.ResourceQuotaStatus.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResourceQuota. */
            type $Shape = troupe.v1.ResourceQuota.$Properties;
        }

        /**
         * Properties of a TypedLocalObjectReference.
         * @deprecated Use troupe.v1.TypedLocalObjectReference.$Properties instead.
         */
        interface ITypedLocalObjectReference extends troupe.v1.TypedLocalObjectReference.$Properties {
        }

        /** Represents a TypedLocalObjectReference. */
        class TypedLocalObjectReference {

            /**
             * Constructs a new TypedLocalObjectReference.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.TypedLocalObjectReference.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TypedLocalObjectReference apiGroup. */
            apiGroup: (string|null);

            /** TypedLocalObjectReference kind. */
            kind: string;

            /** TypedLocalObjectReference name. */
            name: string;

            /**
             * Creates a new TypedLocalObjectReference instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TypedLocalObjectReference instance
             */
            static create(properties: troupe.v1.TypedLocalObjectReference.$Shape): troupe.v1.TypedLocalObjectReference & troupe.v1.TypedLocalObjectReference.$Shape;
            static create(properties?: troupe.v1.TypedLocalObjectReference.$Properties): troupe.v1.TypedLocalObjectReference;

            /**
             * Encodes the specified TypedLocalObjectReference message. Does not implicitly {@link troupe.v1.TypedLocalObjectReference.verify|verify} messages.
             * @param m TypedLocalObjectReference message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.TypedLocalObjectReference.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TypedLocalObjectReference message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.TypedLocalObjectReference & troupe.v1.TypedLocalObjectReference.$Shape} TypedLocalObjectReference
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.TypedLocalObjectReference & troupe.v1.TypedLocalObjectReference.$Shape;
        }

        namespace TypedLocalObjectReference {

            /** Properties of a TypedLocalObjectReference. */
            interface $Properties {

                /** TypedLocalObjectReference apiGroup */
                apiGroup?: (string|null);

                /** TypedLocalObjectReference kind */
                kind?: string;

                /** TypedLocalObjectReference name */
                name?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TypedLocalObjectReference. */
            type $Shape = troupe.v1.TypedLocalObjectReference.$Properties;
        }

        /**
         * Properties of a ServiceBackendPort.
         * @deprecated Use troupe.v1.ServiceBackendPort.$Properties instead.
         */
        interface IServiceBackendPort extends troupe.v1.ServiceBackendPort.$Properties {
        }

        /** Represents a ServiceBackendPort. */
        class ServiceBackendPort {

            /**
             * Constructs a new ServiceBackendPort.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ServiceBackendPort.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServiceBackendPort name. */
            name: string;

            /** ServiceBackendPort number. */
            number: number;

            /**
             * Creates a new ServiceBackendPort instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServiceBackendPort instance
             */
            static create(properties: troupe.v1.ServiceBackendPort.$Shape): troupe.v1.ServiceBackendPort & troupe.v1.ServiceBackendPort.$Shape;
            static create(properties?: troupe.v1.ServiceBackendPort.$Properties): troupe.v1.ServiceBackendPort;

            /**
             * Encodes the specified ServiceBackendPort message. Does not implicitly {@link troupe.v1.ServiceBackendPort.verify|verify} messages.
             * @param m ServiceBackendPort message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ServiceBackendPort.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServiceBackendPort message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ServiceBackendPort & troupe.v1.ServiceBackendPort.$Shape} ServiceBackendPort
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ServiceBackendPort & troupe.v1.ServiceBackendPort.$Shape;
        }

        namespace ServiceBackendPort {

            /** Properties of a ServiceBackendPort. */
            interface $Properties {

                /** ServiceBackendPort name */
                name?: string;

                /** ServiceBackendPort number */
                number?: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ServiceBackendPort. */
            type $Shape = troupe.v1.ServiceBackendPort.$Properties;
        }

        /**
         * Properties of an IngressServiceBackend.
         * @deprecated Use troupe.v1.IngressServiceBackend.$Properties instead.
         */
        interface IIngressServiceBackend extends troupe.v1.IngressServiceBackend.$Properties {
        }

        /** Represents an IngressServiceBackend. */
        class IngressServiceBackend {

            /**
             * Constructs a new IngressServiceBackend.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.IngressServiceBackend.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IngressServiceBackend name. */
            name: string;

            /** IngressServiceBackend port. */
            port: troupe.v1.ServiceBackendPort;

            /**
             * Creates a new IngressServiceBackend instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IngressServiceBackend instance
             */
            static create(properties: troupe.v1.IngressServiceBackend.$Shape): troupe.v1.IngressServiceBackend & troupe.v1.IngressServiceBackend.$Shape;
            static create(properties?: troupe.v1.IngressServiceBackend.$Properties): troupe.v1.IngressServiceBackend;

            /**
             * Encodes the specified IngressServiceBackend message. Does not implicitly {@link troupe.v1.IngressServiceBackend.verify|verify} messages.
             * @param m IngressServiceBackend message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.IngressServiceBackend.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IngressServiceBackend message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.IngressServiceBackend & troupe.v1.IngressServiceBackend.$Shape} IngressServiceBackend
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.IngressServiceBackend & troupe.v1.IngressServiceBackend.$Shape;
        }

        namespace IngressServiceBackend {

            /** Properties of an IngressServiceBackend. */
            interface $Properties {

                /** IngressServiceBackend name */
                name?: string;

                /** IngressServiceBackend port */
                port?: troupe.v1.ServiceBackendPort.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IngressServiceBackend. */
            type $Shape = troupe.v1.IngressServiceBackend.$Properties;
        }

        /**
         * Properties of an IngressBackend.
         * @deprecated Use troupe.v1.IngressBackend.$Properties instead.
         */
        interface IIngressBackend extends troupe.v1.IngressBackend.$Properties {
        }

        /** Represents an IngressBackend. */
        class IngressBackend {

            /**
             * Constructs a new IngressBackend.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.IngressBackend.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IngressBackend service. */
            service: troupe.v1.IngressServiceBackend;

            /** IngressBackend resource. */
            resource: troupe.v1.TypedLocalObjectReference;

            /**
             * Creates a new IngressBackend instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IngressBackend instance
             */
            static create(properties: troupe.v1.IngressBackend.$Shape): troupe.v1.IngressBackend & troupe.v1.IngressBackend.$Shape;
            static create(properties?: troupe.v1.IngressBackend.$Properties): troupe.v1.IngressBackend;

            /**
             * Encodes the specified IngressBackend message. Does not implicitly {@link troupe.v1.IngressBackend.verify|verify} messages.
             * @param m IngressBackend message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.IngressBackend.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IngressBackend message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.IngressBackend & troupe.v1.IngressBackend.$Shape} IngressBackend
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.IngressBackend & troupe.v1.IngressBackend.$Shape;
        }

        namespace IngressBackend {

            /** Properties of an IngressBackend. */
            interface $Properties {

                /** IngressBackend service */
                service?: troupe.v1.IngressServiceBackend.$Properties;

                /** IngressBackend resource */
                resource?: troupe.v1.TypedLocalObjectReference.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IngressBackend. */
            type $Shape = troupe.v1.IngressBackend.$Properties;
        }

        /**
         * Properties of a HTTPIngressPath.
         * @deprecated Use troupe.v1.HTTPIngressPath.$Properties instead.
         */
        interface IHTTPIngressPath extends troupe.v1.HTTPIngressPath.$Properties {
        }

        /** Represents a HTTPIngressPath. */
        class HTTPIngressPath {

            /**
             * Constructs a new HTTPIngressPath.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.HTTPIngressPath.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HTTPIngressPath path. */
            path: string;

            /** HTTPIngressPath pathType. */
            pathType: string;

            /** HTTPIngressPath backend. */
            backend: troupe.v1.IngressBackend;

            /**
             * Creates a new HTTPIngressPath instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HTTPIngressPath instance
             */
            static create(properties: troupe.v1.HTTPIngressPath.$Shape): troupe.v1.HTTPIngressPath & troupe.v1.HTTPIngressPath.$Shape;
            static create(properties?: troupe.v1.HTTPIngressPath.$Properties): troupe.v1.HTTPIngressPath;

            /**
             * Encodes the specified HTTPIngressPath message. Does not implicitly {@link troupe.v1.HTTPIngressPath.verify|verify} messages.
             * @param m HTTPIngressPath message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.HTTPIngressPath.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HTTPIngressPath message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.HTTPIngressPath & troupe.v1.HTTPIngressPath.$Shape} HTTPIngressPath
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.HTTPIngressPath & troupe.v1.HTTPIngressPath.$Shape;
        }

        namespace HTTPIngressPath {

            /** Properties of a HTTPIngressPath. */
            interface $Properties {

                /** HTTPIngressPath path */
                path?: string;

                /** HTTPIngressPath pathType */
                pathType?: string;

                /** HTTPIngressPath backend */
                backend?: troupe.v1.IngressBackend.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HTTPIngressPath. */
            type $Shape = troupe.v1.HTTPIngressPath.$Properties;
        }

        /**
         * Properties of a HTTPIngressRuleValue.
         * @deprecated Use troupe.v1.HTTPIngressRuleValue.$Properties instead.
         */
        interface IHTTPIngressRuleValue extends troupe.v1.HTTPIngressRuleValue.$Properties {
        }

        /** Represents a HTTPIngressRuleValue. */
        class HTTPIngressRuleValue {

            /**
             * Constructs a new HTTPIngressRuleValue.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.HTTPIngressRuleValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HTTPIngressRuleValue paths. */
            paths: troupe.v1.HTTPIngressPath[];

            /**
             * Creates a new HTTPIngressRuleValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HTTPIngressRuleValue instance
             */
            static create(properties: troupe.v1.HTTPIngressRuleValue.$Shape): troupe.v1.HTTPIngressRuleValue & troupe.v1.HTTPIngressRuleValue.$Shape;
            static create(properties?: troupe.v1.HTTPIngressRuleValue.$Properties): troupe.v1.HTTPIngressRuleValue;

            /**
             * Encodes the specified HTTPIngressRuleValue message. Does not implicitly {@link troupe.v1.HTTPIngressRuleValue.verify|verify} messages.
             * @param m HTTPIngressRuleValue message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.HTTPIngressRuleValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HTTPIngressRuleValue message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.HTTPIngressRuleValue & troupe.v1.HTTPIngressRuleValue.$Shape} HTTPIngressRuleValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.HTTPIngressRuleValue & troupe.v1.HTTPIngressRuleValue.$Shape;
        }

        namespace HTTPIngressRuleValue {

            /** Properties of a HTTPIngressRuleValue. */
            interface $Properties {

                /** HTTPIngressRuleValue paths */
                paths?: troupe.v1.HTTPIngressPath.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HTTPIngressRuleValue. */
            type $Shape = troupe.v1.HTTPIngressRuleValue.$Properties;
        }

        /**
         * Properties of an IngressRule.
         * @deprecated Use troupe.v1.IngressRule.$Properties instead.
         */
        interface IIngressRule extends troupe.v1.IngressRule.$Properties {
        }

        /** Represents an IngressRule. */
        class IngressRule {

            /**
             * Constructs a new IngressRule.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.IngressRule.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IngressRule host. */
            host: string;

            /** IngressRule http. */
            http: troupe.v1.HTTPIngressRuleValue;

            /**
             * Creates a new IngressRule instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IngressRule instance
             */
            static create(properties: troupe.v1.IngressRule.$Shape): troupe.v1.IngressRule & troupe.v1.IngressRule.$Shape;
            static create(properties?: troupe.v1.IngressRule.$Properties): troupe.v1.IngressRule;

            /**
             * Encodes the specified IngressRule message. Does not implicitly {@link troupe.v1.IngressRule.verify|verify} messages.
             * @param m IngressRule message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.IngressRule.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IngressRule message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.IngressRule & troupe.v1.IngressRule.$Shape} IngressRule
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.IngressRule & troupe.v1.IngressRule.$Shape;
        }

        namespace IngressRule {

            /** Properties of an IngressRule. */
            interface $Properties {

                /** IngressRule host */
                host?: string;

                /** IngressRule http */
                http?: troupe.v1.HTTPIngressRuleValue.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IngressRule. */
            type $Shape = troupe.v1.IngressRule.$Properties;
        }

        /**
         * Properties of an IngressTLS.
         * @deprecated Use troupe.v1.IngressTLS.$Properties instead.
         */
        interface IIngressTLS extends troupe.v1.IngressTLS.$Properties {
        }

        /** Represents an IngressTLS. */
        class IngressTLS {

            /**
             * Constructs a new IngressTLS.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.IngressTLS.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IngressTLS hosts. */
            hosts: string[];

            /** IngressTLS secretName. */
            secretName: string;

            /**
             * Creates a new IngressTLS instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IngressTLS instance
             */
            static create(properties: troupe.v1.IngressTLS.$Shape): troupe.v1.IngressTLS & troupe.v1.IngressTLS.$Shape;
            static create(properties?: troupe.v1.IngressTLS.$Properties): troupe.v1.IngressTLS;

            /**
             * Encodes the specified IngressTLS message. Does not implicitly {@link troupe.v1.IngressTLS.verify|verify} messages.
             * @param m IngressTLS message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.IngressTLS.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IngressTLS message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.IngressTLS & troupe.v1.IngressTLS.$Shape} IngressTLS
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.IngressTLS & troupe.v1.IngressTLS.$Shape;
        }

        namespace IngressTLS {

            /** Properties of an IngressTLS. */
            interface $Properties {

                /** IngressTLS hosts */
                hosts?: string[];

                /** IngressTLS secretName */
                secretName?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IngressTLS. */
            type $Shape = troupe.v1.IngressTLS.$Properties;
        }

        /**
         * Properties of an IngressSpec.
         * @deprecated Use troupe.v1.IngressSpec.$Properties instead.
         */
        interface IIngressSpec extends troupe.v1.IngressSpec.$Properties {
        }

        /** Represents an IngressSpec. */
        class IngressSpec {

            /**
             * Constructs a new IngressSpec.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.IngressSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IngressSpec ingressClassName. */
            ingressClassName: (string|null);

            /** IngressSpec defaultBackend. */
            defaultBackend: troupe.v1.IngressBackend;

            /** IngressSpec tls. */
            tls: troupe.v1.IngressTLS[];

            /** IngressSpec rules. */
            rules: troupe.v1.IngressRule[];

            /**
             * Creates a new IngressSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IngressSpec instance
             */
            static create(properties: troupe.v1.IngressSpec.$Shape): troupe.v1.IngressSpec & troupe.v1.IngressSpec.$Shape;
            static create(properties?: troupe.v1.IngressSpec.$Properties): troupe.v1.IngressSpec;

            /**
             * Encodes the specified IngressSpec message. Does not implicitly {@link troupe.v1.IngressSpec.verify|verify} messages.
             * @param m IngressSpec message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.IngressSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IngressSpec message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.IngressSpec & troupe.v1.IngressSpec.$Shape} IngressSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.IngressSpec & troupe.v1.IngressSpec.$Shape;
        }

        namespace IngressSpec {

            /** Properties of an IngressSpec. */
            interface $Properties {

                /** IngressSpec ingressClassName */
                ingressClassName?: (string|null);

                /** IngressSpec defaultBackend */
                defaultBackend?: troupe.v1.IngressBackend.$Properties;

                /** IngressSpec tls */
                tls?: troupe.v1.IngressTLS.$Properties[];

                /** IngressSpec rules */
                rules?: troupe.v1.IngressRule.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IngressSpec. */
            type $Shape = troupe.v1.IngressSpec.$Properties;
        }

        /**
         * Properties of an IngressPortStatus.
         * @deprecated Use troupe.v1.IngressPortStatus.$Properties instead.
         */
        interface IIngressPortStatus extends troupe.v1.IngressPortStatus.$Properties {
        }

        /** Represents an IngressPortStatus. */
        class IngressPortStatus {

            /**
             * Constructs a new IngressPortStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.IngressPortStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IngressPortStatus port. */
            port: number;

            /** IngressPortStatus protocol. */
            protocol: string;

            /** IngressPortStatus error. */
            error: (string|null);

            /**
             * Creates a new IngressPortStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IngressPortStatus instance
             */
            static create(properties: troupe.v1.IngressPortStatus.$Shape): troupe.v1.IngressPortStatus & troupe.v1.IngressPortStatus.$Shape;
            static create(properties?: troupe.v1.IngressPortStatus.$Properties): troupe.v1.IngressPortStatus;

            /**
             * Encodes the specified IngressPortStatus message. Does not implicitly {@link troupe.v1.IngressPortStatus.verify|verify} messages.
             * @param m IngressPortStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.IngressPortStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IngressPortStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.IngressPortStatus & troupe.v1.IngressPortStatus.$Shape} IngressPortStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.IngressPortStatus & troupe.v1.IngressPortStatus.$Shape;
        }

        namespace IngressPortStatus {

            /** Properties of an IngressPortStatus. */
            interface $Properties {

                /** IngressPortStatus port */
                port?: number;

                /** IngressPortStatus protocol */
                protocol?: string;

                /** IngressPortStatus error */
                error?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IngressPortStatus. */
            type $Shape = troupe.v1.IngressPortStatus.$Properties;
        }

        /**
         * Properties of an IngressLoadBalancerIngress.
         * @deprecated Use troupe.v1.IngressLoadBalancerIngress.$Properties instead.
         */
        interface IIngressLoadBalancerIngress extends troupe.v1.IngressLoadBalancerIngress.$Properties {
        }

        /** Represents an IngressLoadBalancerIngress. */
        class IngressLoadBalancerIngress {

            /**
             * Constructs a new IngressLoadBalancerIngress.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.IngressLoadBalancerIngress.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IngressLoadBalancerIngress ip. */
            ip: string;

            /** IngressLoadBalancerIngress hostname. */
            hostname: string;

            /** IngressLoadBalancerIngress ports. */
            ports: troupe.v1.IngressPortStatus[];

            /**
             * Creates a new IngressLoadBalancerIngress instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IngressLoadBalancerIngress instance
             */
            static create(properties: troupe.v1.IngressLoadBalancerIngress.$Shape): troupe.v1.IngressLoadBalancerIngress & troupe.v1.IngressLoadBalancerIngress.$Shape;
            static create(properties?: troupe.v1.IngressLoadBalancerIngress.$Properties): troupe.v1.IngressLoadBalancerIngress;

            /**
             * Encodes the specified IngressLoadBalancerIngress message. Does not implicitly {@link troupe.v1.IngressLoadBalancerIngress.verify|verify} messages.
             * @param m IngressLoadBalancerIngress message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.IngressLoadBalancerIngress.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IngressLoadBalancerIngress message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.IngressLoadBalancerIngress & troupe.v1.IngressLoadBalancerIngress.$Shape} IngressLoadBalancerIngress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.IngressLoadBalancerIngress & troupe.v1.IngressLoadBalancerIngress.$Shape;
        }

        namespace IngressLoadBalancerIngress {

            /** Properties of an IngressLoadBalancerIngress. */
            interface $Properties {

                /** IngressLoadBalancerIngress ip */
                ip?: string;

                /** IngressLoadBalancerIngress hostname */
                hostname?: string;

                /** IngressLoadBalancerIngress ports */
                ports?: troupe.v1.IngressPortStatus.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IngressLoadBalancerIngress. */
            type $Shape = troupe.v1.IngressLoadBalancerIngress.$Properties;
        }

        /**
         * Properties of an IngressLoadBalancerStatus.
         * @deprecated Use troupe.v1.IngressLoadBalancerStatus.$Properties instead.
         */
        interface IIngressLoadBalancerStatus extends troupe.v1.IngressLoadBalancerStatus.$Properties {
        }

        /** Represents an IngressLoadBalancerStatus. */
        class IngressLoadBalancerStatus {

            /**
             * Constructs a new IngressLoadBalancerStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.IngressLoadBalancerStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IngressLoadBalancerStatus ingress. */
            ingress: troupe.v1.IngressLoadBalancerIngress[];

            /**
             * Creates a new IngressLoadBalancerStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IngressLoadBalancerStatus instance
             */
            static create(properties: troupe.v1.IngressLoadBalancerStatus.$Shape): troupe.v1.IngressLoadBalancerStatus & troupe.v1.IngressLoadBalancerStatus.$Shape;
            static create(properties?: troupe.v1.IngressLoadBalancerStatus.$Properties): troupe.v1.IngressLoadBalancerStatus;

            /**
             * Encodes the specified IngressLoadBalancerStatus message. Does not implicitly {@link troupe.v1.IngressLoadBalancerStatus.verify|verify} messages.
             * @param m IngressLoadBalancerStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.IngressLoadBalancerStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IngressLoadBalancerStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.IngressLoadBalancerStatus & troupe.v1.IngressLoadBalancerStatus.$Shape} IngressLoadBalancerStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.IngressLoadBalancerStatus & troupe.v1.IngressLoadBalancerStatus.$Shape;
        }

        namespace IngressLoadBalancerStatus {

            /** Properties of an IngressLoadBalancerStatus. */
            interface $Properties {

                /** IngressLoadBalancerStatus ingress */
                ingress?: troupe.v1.IngressLoadBalancerIngress.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IngressLoadBalancerStatus. */
            type $Shape = troupe.v1.IngressLoadBalancerStatus.$Properties;
        }

        /**
         * Properties of an IngressStatus.
         * @deprecated Use troupe.v1.IngressStatus.$Properties instead.
         */
        interface IIngressStatus extends troupe.v1.IngressStatus.$Properties {
        }

        /** Represents an IngressStatus. */
        class IngressStatus {

            /**
             * Constructs a new IngressStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.IngressStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IngressStatus loadBalancer. */
            loadBalancer: troupe.v1.IngressLoadBalancerStatus;

            /**
             * Creates a new IngressStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IngressStatus instance
             */
            static create(properties: troupe.v1.IngressStatus.$Shape): troupe.v1.IngressStatus & troupe.v1.IngressStatus.$Shape;
            static create(properties?: troupe.v1.IngressStatus.$Properties): troupe.v1.IngressStatus;

            /**
             * Encodes the specified IngressStatus message. Does not implicitly {@link troupe.v1.IngressStatus.verify|verify} messages.
             * @param m IngressStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.IngressStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IngressStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.IngressStatus & troupe.v1.IngressStatus.$Shape} IngressStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.IngressStatus & troupe.v1.IngressStatus.$Shape;
        }

        namespace IngressStatus {

            /** Properties of an IngressStatus. */
            interface $Properties {

                /** IngressStatus loadBalancer */
                loadBalancer?: troupe.v1.IngressLoadBalancerStatus.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IngressStatus. */
            type $Shape = troupe.v1.IngressStatus.$Properties;
        }

        /**
         * Properties of an Ingress.
         * @deprecated Use troupe.v1.Ingress.$Properties instead.
         */
        interface IIngress extends troupe.v1.Ingress.$Properties {
        }

        /** Represents an Ingress. */
        class Ingress {

            /**
             * Constructs a new Ingress.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.Ingress.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ingress apiVersion. */
            apiVersion: string;

            /** Ingress kind. */
            kind: string;

            /** Ingress metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** Ingress spec. */
            spec: troupe.v1.IngressSpec;

            /** Ingress status. */
            status: troupe.v1.IngressStatus;

            /**
             * Creates a new Ingress instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ingress instance
             */
            static create(properties: troupe.v1.Ingress.$Shape): troupe.v1.Ingress & troupe.v1.Ingress.$Shape;
            static create(properties?: troupe.v1.Ingress.$Properties): troupe.v1.Ingress;

            /**
             * Encodes the specified Ingress message. Does not implicitly {@link troupe.v1.Ingress.verify|verify} messages.
             * @param m Ingress message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.Ingress.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ingress message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.Ingress & troupe.v1.Ingress.$Shape} Ingress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.Ingress & troupe.v1.Ingress.$Shape;
        }

        namespace Ingress {

            /** Properties of an Ingress. */
            interface $Properties {

                /** Ingress apiVersion */
                apiVersion?: string;

                /** Ingress kind */
                kind?: string;

                /** Ingress metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** Ingress spec */
                spec?: troupe.v1.IngressSpec.$Properties;

                /** Ingress status */
                status?: troupe.v1.IngressStatus.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Ingress. */
            type $Shape = troupe.v1.Ingress.$Properties;
        }

        /**
         * Properties of a PodDisruptionBudgetSpec.
         * @deprecated Use troupe.v1.PodDisruptionBudgetSpec.$Properties instead.
         */
        interface IPodDisruptionBudgetSpec extends troupe.v1.PodDisruptionBudgetSpec.$Properties {
        }

        /** Represents a PodDisruptionBudgetSpec. */
        class PodDisruptionBudgetSpec {

            /**
             * Constructs a new PodDisruptionBudgetSpec.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PodDisruptionBudgetSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PodDisruptionBudgetSpec minAvailable. */
            minAvailable: troupe.v1.IntOrString;

            /** PodDisruptionBudgetSpec selector. */
            selector: troupe.v1.LabelSelector;

            /** PodDisruptionBudgetSpec maxUnavailable. */
            maxUnavailable: troupe.v1.IntOrString;

            /** PodDisruptionBudgetSpec unhealthyPodEvictionPolicy. */
            unhealthyPodEvictionPolicy: string;

            /**
             * Creates a new PodDisruptionBudgetSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodDisruptionBudgetSpec instance
             */
            static create(properties: troupe.v1.PodDisruptionBudgetSpec.$Shape): troupe.v1.PodDisruptionBudgetSpec & troupe.v1.PodDisruptionBudgetSpec.$Shape;
            static create(properties?: troupe.v1.PodDisruptionBudgetSpec.$Properties): troupe.v1.PodDisruptionBudgetSpec;

            /**
             * Encodes the specified PodDisruptionBudgetSpec message. Does not implicitly {@link troupe.v1.PodDisruptionBudgetSpec.verify|verify} messages.
             * @param m PodDisruptionBudgetSpec message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PodDisruptionBudgetSpec.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodDisruptionBudgetSpec message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PodDisruptionBudgetSpec & troupe.v1.PodDisruptionBudgetSpec.$Shape} PodDisruptionBudgetSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PodDisruptionBudgetSpec & troupe.v1.PodDisruptionBudgetSpec.$Shape;
        }

        namespace PodDisruptionBudgetSpec {

            /** Properties of a PodDisruptionBudgetSpec. */
            interface $Properties {

                /** PodDisruptionBudgetSpec minAvailable */
                minAvailable?: troupe.v1.IntOrString.$Properties;

                /** PodDisruptionBudgetSpec selector */
                selector?: troupe.v1.LabelSelector.$Properties;

                /** PodDisruptionBudgetSpec maxUnavailable */
                maxUnavailable?: troupe.v1.IntOrString.$Properties;

                /** PodDisruptionBudgetSpec unhealthyPodEvictionPolicy */
                unhealthyPodEvictionPolicy?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PodDisruptionBudgetSpec. */
            type $Shape = troupe.v1.PodDisruptionBudgetSpec.$Properties;
        }

        /**
         * Properties of a PodDisruptionBudgetStatus.
         * @deprecated Use troupe.v1.PodDisruptionBudgetStatus.$Properties instead.
         */
        interface IPodDisruptionBudgetStatus extends troupe.v1.PodDisruptionBudgetStatus.$Properties {
        }

        /** Represents a PodDisruptionBudgetStatus. */
        class PodDisruptionBudgetStatus {

            /**
             * Constructs a new PodDisruptionBudgetStatus.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PodDisruptionBudgetStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PodDisruptionBudgetStatus observedGeneration. */
            observedGeneration: number;

            /** PodDisruptionBudgetStatus disruptedPods. */
            disruptedPods: { [k: string]: string };

            /** PodDisruptionBudgetStatus disruptionsAllowed. */
            disruptionsAllowed: number;

            /** PodDisruptionBudgetStatus currentHealthy. */
            currentHealthy: number;

            /** PodDisruptionBudgetStatus desiredHealthy. */
            desiredHealthy: number;

            /** PodDisruptionBudgetStatus expectedPods. */
            expectedPods: number;

            /** PodDisruptionBudgetStatus conditions. */
            conditions: troupe.v1.Condition[];

            /**
             * Creates a new PodDisruptionBudgetStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodDisruptionBudgetStatus instance
             */
            static create(properties: troupe.v1.PodDisruptionBudgetStatus.$Shape): troupe.v1.PodDisruptionBudgetStatus & troupe.v1.PodDisruptionBudgetStatus.$Shape;
            static create(properties?: troupe.v1.PodDisruptionBudgetStatus.$Properties): troupe.v1.PodDisruptionBudgetStatus;

            /**
             * Encodes the specified PodDisruptionBudgetStatus message. Does not implicitly {@link troupe.v1.PodDisruptionBudgetStatus.verify|verify} messages.
             * @param m PodDisruptionBudgetStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PodDisruptionBudgetStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodDisruptionBudgetStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PodDisruptionBudgetStatus & troupe.v1.PodDisruptionBudgetStatus.$Shape} PodDisruptionBudgetStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PodDisruptionBudgetStatus & troupe.v1.PodDisruptionBudgetStatus.$Shape;
        }

        namespace PodDisruptionBudgetStatus {

            /** Properties of a PodDisruptionBudgetStatus. */
            interface $Properties {

                /** PodDisruptionBudgetStatus observedGeneration */
                observedGeneration?: number;

                /** PodDisruptionBudgetStatus disruptedPods */
                disruptedPods?: { [k: string]: string };

                /** PodDisruptionBudgetStatus disruptionsAllowed */
                disruptionsAllowed?: number;

                /** PodDisruptionBudgetStatus currentHealthy */
                currentHealthy?: number;

                /** PodDisruptionBudgetStatus desiredHealthy */
                desiredHealthy?: number;

                /** PodDisruptionBudgetStatus expectedPods */
                expectedPods?: number;

                /** PodDisruptionBudgetStatus conditions */
                conditions?: troupe.v1.Condition.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PodDisruptionBudgetStatus. */
            type $Shape = troupe.v1.PodDisruptionBudgetStatus.$Properties;
        }

        /**
         * Properties of a PodDisruptionBudget.
         * @deprecated Use troupe.v1.PodDisruptionBudget.$Properties instead.
         */
        interface IPodDisruptionBudget extends troupe.v1.PodDisruptionBudget.$Properties {
        }

        /** Represents a PodDisruptionBudget. */
        class PodDisruptionBudget {

            /**
             * Constructs a new PodDisruptionBudget.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PodDisruptionBudget.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PodDisruptionBudget apiVersion. */
            apiVersion: string;

            /** PodDisruptionBudget kind. */
            kind: string;

            /** PodDisruptionBudget metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** PodDisruptionBudget spec. */
            spec: troupe.v1.PodDisruptionBudgetSpec;

            /** PodDisruptionBudget status. */
            status: troupe.v1.PodDisruptionBudgetStatus;

            /**
             * Creates a new PodDisruptionBudget instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PodDisruptionBudget instance
             */
            static create(properties: troupe.v1.PodDisruptionBudget.$Shape): troupe.v1.PodDisruptionBudget & troupe.v1.PodDisruptionBudget.$Shape;
            static create(properties?: troupe.v1.PodDisruptionBudget.$Properties): troupe.v1.PodDisruptionBudget;

            /**
             * Encodes the specified PodDisruptionBudget message. Does not implicitly {@link troupe.v1.PodDisruptionBudget.verify|verify} messages.
             * @param m PodDisruptionBudget message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PodDisruptionBudget.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PodDisruptionBudget message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PodDisruptionBudget & troupe.v1.PodDisruptionBudget.$Shape} PodDisruptionBudget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PodDisruptionBudget & troupe.v1.PodDisruptionBudget.$Shape;
        }

        namespace PodDisruptionBudget {

            /** Properties of a PodDisruptionBudget. */
            interface $Properties {

                /** PodDisruptionBudget apiVersion */
                apiVersion?: string;

                /** PodDisruptionBudget kind */
                kind?: string;

                /** PodDisruptionBudget metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** PodDisruptionBudget spec */
                spec?: troupe.v1.PodDisruptionBudgetSpec.$Properties;

                /** PodDisruptionBudget status */
                status?: troupe.v1.PodDisruptionBudgetStatus.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PodDisruptionBudget. */
            type $Shape = troupe.v1.PodDisruptionBudget.$Properties;
        }

        /**
         * Properties of a PolicyRule.
         * @deprecated Use troupe.v1.PolicyRule.$Properties instead.
         */
        interface IPolicyRule extends troupe.v1.PolicyRule.$Properties {
        }

        /** Represents a PolicyRule. */
        class PolicyRule {

            /**
             * Constructs a new PolicyRule.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PolicyRule.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PolicyRule verbs. */
            verbs: string[];

            /** PolicyRule apiGroups. */
            apiGroups: string[];

            /** PolicyRule resources. */
            resources: string[];

            /** PolicyRule resourceNames. */
            resourceNames: string[];

            /** PolicyRule nonResourceURLs. */
            nonResourceURLs: string[];

            /**
             * Creates a new PolicyRule instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PolicyRule instance
             */
            static create(properties: troupe.v1.PolicyRule.$Shape): troupe.v1.PolicyRule & troupe.v1.PolicyRule.$Shape;
            static create(properties?: troupe.v1.PolicyRule.$Properties): troupe.v1.PolicyRule;

            /**
             * Encodes the specified PolicyRule message. Does not implicitly {@link troupe.v1.PolicyRule.verify|verify} messages.
             * @param m PolicyRule message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PolicyRule.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PolicyRule message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PolicyRule & troupe.v1.PolicyRule.$Shape} PolicyRule
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PolicyRule & troupe.v1.PolicyRule.$Shape;
        }

        namespace PolicyRule {

            /** Properties of a PolicyRule. */
            interface $Properties {

                /** PolicyRule verbs */
                verbs?: string[];

                /** PolicyRule apiGroups */
                apiGroups?: string[];

                /** PolicyRule resources */
                resources?: string[];

                /** PolicyRule resourceNames */
                resourceNames?: string[];

                /** PolicyRule nonResourceURLs */
                nonResourceURLs?: string[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PolicyRule. */
            type $Shape = troupe.v1.PolicyRule.$Properties;
        }

        /**
         * Properties of an AggregationRule.
         * @deprecated Use troupe.v1.AggregationRule.$Properties instead.
         */
        interface IAggregationRule extends troupe.v1.AggregationRule.$Properties {
        }

        /** Represents an AggregationRule. */
        class AggregationRule {

            /**
             * Constructs a new AggregationRule.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.AggregationRule.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AggregationRule clusterRoleSelectors. */
            clusterRoleSelectors: troupe.v1.LabelSelector[];

            /**
             * Creates a new AggregationRule instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AggregationRule instance
             */
            static create(properties: troupe.v1.AggregationRule.$Shape): troupe.v1.AggregationRule & troupe.v1.AggregationRule.$Shape;
            static create(properties?: troupe.v1.AggregationRule.$Properties): troupe.v1.AggregationRule;

            /**
             * Encodes the specified AggregationRule message. Does not implicitly {@link troupe.v1.AggregationRule.verify|verify} messages.
             * @param m AggregationRule message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.AggregationRule.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AggregationRule message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.AggregationRule & troupe.v1.AggregationRule.$Shape} AggregationRule
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.AggregationRule & troupe.v1.AggregationRule.$Shape;
        }

        namespace AggregationRule {

            /** Properties of an AggregationRule. */
            interface $Properties {

                /** AggregationRule clusterRoleSelectors */
                clusterRoleSelectors?: troupe.v1.LabelSelector.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AggregationRule. */
            type $Shape = troupe.v1.AggregationRule.$Properties;
        }

        /**
         * Properties of a Role.
         * @deprecated Use troupe.v1.Role.$Properties instead.
         */
        interface IRole extends troupe.v1.Role.$Properties {
        }

        /** Represents a Role. */
        class Role {

            /**
             * Constructs a new Role.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.Role.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Role apiVersion. */
            apiVersion: string;

            /** Role kind. */
            kind: string;

            /** Role metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** Role rules. */
            rules: troupe.v1.PolicyRule[];

            /**
             * Creates a new Role instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Role instance
             */
            static create(properties: troupe.v1.Role.$Shape): troupe.v1.Role & troupe.v1.Role.$Shape;
            static create(properties?: troupe.v1.Role.$Properties): troupe.v1.Role;

            /**
             * Encodes the specified Role message. Does not implicitly {@link troupe.v1.Role.verify|verify} messages.
             * @param m Role message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.Role.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Role message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.Role & troupe.v1.Role.$Shape} Role
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.Role & troupe.v1.Role.$Shape;
        }

        namespace Role {

            /** Properties of a Role. */
            interface $Properties {

                /** Role apiVersion */
                apiVersion?: string;

                /** Role kind */
                kind?: string;

                /** Role metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** Role rules */
                rules?: troupe.v1.PolicyRule.$Properties[];

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Role. */
            type $Shape = troupe.v1.Role.$Properties;
        }

        /**
         * Properties of a ClusterRole.
         * @deprecated Use troupe.v1.ClusterRole.$Properties instead.
         */
        interface IClusterRole extends troupe.v1.ClusterRole.$Properties {
        }

        /** Represents a ClusterRole. */
        class ClusterRole {

            /**
             * Constructs a new ClusterRole.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ClusterRole.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClusterRole apiVersion. */
            apiVersion: string;

            /** ClusterRole kind. */
            kind: string;

            /** ClusterRole metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** ClusterRole rules. */
            rules: troupe.v1.PolicyRule[];

            /** ClusterRole aggregationRule. */
            aggregationRule: troupe.v1.AggregationRule;

            /**
             * Creates a new ClusterRole instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClusterRole instance
             */
            static create(properties: troupe.v1.ClusterRole.$Shape): troupe.v1.ClusterRole & troupe.v1.ClusterRole.$Shape;
            static create(properties?: troupe.v1.ClusterRole.$Properties): troupe.v1.ClusterRole;

            /**
             * Encodes the specified ClusterRole message. Does not implicitly {@link troupe.v1.ClusterRole.verify|verify} messages.
             * @param m ClusterRole message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ClusterRole.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClusterRole message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ClusterRole & troupe.v1.ClusterRole.$Shape} ClusterRole
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ClusterRole & troupe.v1.ClusterRole.$Shape;
        }

        namespace ClusterRole {

            /** Properties of a ClusterRole. */
            interface $Properties {

                /** ClusterRole apiVersion */
                apiVersion?: string;

                /** ClusterRole kind */
                kind?: string;

                /** ClusterRole metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** ClusterRole rules */
                rules?: troupe.v1.PolicyRule.$Properties[];

                /** ClusterRole aggregationRule */
                aggregationRule?: troupe.v1.AggregationRule.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClusterRole. */
            type $Shape = troupe.v1.ClusterRole.$Properties;
        }

        /**
         * Properties of a Subject.
         * @deprecated Use troupe.v1.Subject.$Properties instead.
         */
        interface ISubject extends troupe.v1.Subject.$Properties {
        }

        /** Represents a Subject. */
        class Subject {

            /**
             * Constructs a new Subject.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.Subject.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Subject kind. */
            kind: string;

            /** Subject apiGroup. */
            apiGroup: string;

            /** Subject name. */
            name: string;

            /** Subject namespace. */
            namespace: string;

            /**
             * Creates a new Subject instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Subject instance
             */
            static create(properties: troupe.v1.Subject.$Shape): troupe.v1.Subject & troupe.v1.Subject.$Shape;
            static create(properties?: troupe.v1.Subject.$Properties): troupe.v1.Subject;

            /**
             * Encodes the specified Subject message. Does not implicitly {@link troupe.v1.Subject.verify|verify} messages.
             * @param m Subject message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.Subject.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Subject message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.Subject & troupe.v1.Subject.$Shape} Subject
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.Subject & troupe.v1.Subject.$Shape;
        }

        namespace Subject {

            /** Properties of a Subject. */
            interface $Properties {

                /** Subject kind */
                kind?: string;

                /** Subject apiGroup */
                apiGroup?: string;

                /** Subject name */
                name?: string;

                /** Subject namespace */
                namespace?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Subject. */
            type $Shape = troupe.v1.Subject.$Properties;
        }

        /**
         * Properties of a RoleRef.
         * @deprecated Use troupe.v1.RoleRef.$Properties instead.
         */
        interface IRoleRef extends troupe.v1.RoleRef.$Properties {
        }

        /** Represents a RoleRef. */
        class RoleRef {

            /**
             * Constructs a new RoleRef.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.RoleRef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RoleRef apiGroup. */
            apiGroup: string;

            /** RoleRef kind. */
            kind: string;

            /** RoleRef name. */
            name: string;

            /**
             * Creates a new RoleRef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RoleRef instance
             */
            static create(properties: troupe.v1.RoleRef.$Shape): troupe.v1.RoleRef & troupe.v1.RoleRef.$Shape;
            static create(properties?: troupe.v1.RoleRef.$Properties): troupe.v1.RoleRef;

            /**
             * Encodes the specified RoleRef message. Does not implicitly {@link troupe.v1.RoleRef.verify|verify} messages.
             * @param m RoleRef message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.RoleRef.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RoleRef message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.RoleRef & troupe.v1.RoleRef.$Shape} RoleRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.RoleRef & troupe.v1.RoleRef.$Shape;
        }

        namespace RoleRef {

            /** Properties of a RoleRef. */
            interface $Properties {

                /** RoleRef apiGroup */
                apiGroup?: string;

                /** RoleRef kind */
                kind?: string;

                /** RoleRef name */
                name?: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RoleRef. */
            type $Shape = troupe.v1.RoleRef.$Properties;
        }

        /**
         * Properties of a RoleBinding.
         * @deprecated Use troupe.v1.RoleBinding.$Properties instead.
         */
        interface IRoleBinding extends troupe.v1.RoleBinding.$Properties {
        }

        /** Represents a RoleBinding. */
        class RoleBinding {

            /**
             * Constructs a new RoleBinding.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.RoleBinding.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RoleBinding apiVersion. */
            apiVersion: string;

            /** RoleBinding kind. */
            kind: string;

            /** RoleBinding metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** RoleBinding subjects. */
            subjects: troupe.v1.Subject[];

            /** RoleBinding roleRef. */
            roleRef: troupe.v1.RoleRef;

            /**
             * Creates a new RoleBinding instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RoleBinding instance
             */
            static create(properties: troupe.v1.RoleBinding.$Shape): troupe.v1.RoleBinding & troupe.v1.RoleBinding.$Shape;
            static create(properties?: troupe.v1.RoleBinding.$Properties): troupe.v1.RoleBinding;

            /**
             * Encodes the specified RoleBinding message. Does not implicitly {@link troupe.v1.RoleBinding.verify|verify} messages.
             * @param m RoleBinding message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.RoleBinding.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RoleBinding message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.RoleBinding & troupe.v1.RoleBinding.$Shape} RoleBinding
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.RoleBinding & troupe.v1.RoleBinding.$Shape;
        }

        namespace RoleBinding {

            /** Properties of a RoleBinding. */
            interface $Properties {

                /** RoleBinding apiVersion */
                apiVersion?: string;

                /** RoleBinding kind */
                kind?: string;

                /** RoleBinding metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** RoleBinding subjects */
                subjects?: troupe.v1.Subject.$Properties[];

                /** RoleBinding roleRef */
                roleRef?: troupe.v1.RoleRef.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RoleBinding. */
            type $Shape = troupe.v1.RoleBinding.$Properties;
        }

        /**
         * Properties of a ClusterRoleBinding.
         * @deprecated Use troupe.v1.ClusterRoleBinding.$Properties instead.
         */
        interface IClusterRoleBinding extends troupe.v1.ClusterRoleBinding.$Properties {
        }

        /** Represents a ClusterRoleBinding. */
        class ClusterRoleBinding {

            /**
             * Constructs a new ClusterRoleBinding.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.ClusterRoleBinding.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClusterRoleBinding apiVersion. */
            apiVersion: string;

            /** ClusterRoleBinding kind. */
            kind: string;

            /** ClusterRoleBinding metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** ClusterRoleBinding subjects. */
            subjects: troupe.v1.Subject[];

            /** ClusterRoleBinding roleRef. */
            roleRef: troupe.v1.RoleRef;

            /**
             * Creates a new ClusterRoleBinding instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClusterRoleBinding instance
             */
            static create(properties: troupe.v1.ClusterRoleBinding.$Shape): troupe.v1.ClusterRoleBinding & troupe.v1.ClusterRoleBinding.$Shape;
            static create(properties?: troupe.v1.ClusterRoleBinding.$Properties): troupe.v1.ClusterRoleBinding;

            /**
             * Encodes the specified ClusterRoleBinding message. Does not implicitly {@link troupe.v1.ClusterRoleBinding.verify|verify} messages.
             * @param m ClusterRoleBinding message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.ClusterRoleBinding.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClusterRoleBinding message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.ClusterRoleBinding & troupe.v1.ClusterRoleBinding.$Shape} ClusterRoleBinding
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.ClusterRoleBinding & troupe.v1.ClusterRoleBinding.$Shape;
        }

        namespace ClusterRoleBinding {

            /** Properties of a ClusterRoleBinding. */
            interface $Properties {

                /** ClusterRoleBinding apiVersion */
                apiVersion?: string;

                /** ClusterRoleBinding kind */
                kind?: string;

                /** ClusterRoleBinding metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** ClusterRoleBinding subjects */
                subjects?: troupe.v1.Subject.$Properties[];

                /** ClusterRoleBinding roleRef */
                roleRef?: troupe.v1.RoleRef.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClusterRoleBinding. */
            type $Shape = troupe.v1.ClusterRoleBinding.$Properties;
        }

        /**
         * Properties of a PriorityClass.
         * @deprecated Use troupe.v1.PriorityClass.$Properties instead.
         */
        interface IPriorityClass extends troupe.v1.PriorityClass.$Properties {
        }

        /** Represents a PriorityClass. */
        class PriorityClass {

            /**
             * Constructs a new PriorityClass.
             * @param [p] Properties to set
             */
            constructor(p?: troupe.v1.PriorityClass.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PriorityClass apiVersion. */
            apiVersion: string;

            /** PriorityClass kind. */
            kind: string;

            /** PriorityClass metadata. */
            metadata: troupe.v1.ObjectMeta;

            /** PriorityClass value. */
            value: number;

            /** PriorityClass globalDefault. */
            globalDefault: boolean;

            /** PriorityClass description. */
            description: string;

            /** PriorityClass preemptionPolicy. */
            preemptionPolicy: (string|null);

            /**
             * Creates a new PriorityClass instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PriorityClass instance
             */
            static create(properties: troupe.v1.PriorityClass.$Shape): troupe.v1.PriorityClass & troupe.v1.PriorityClass.$Shape;
            static create(properties?: troupe.v1.PriorityClass.$Properties): troupe.v1.PriorityClass;

            /**
             * Encodes the specified PriorityClass message. Does not implicitly {@link troupe.v1.PriorityClass.verify|verify} messages.
             * @param m PriorityClass message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: troupe.v1.PriorityClass.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PriorityClass message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {troupe.v1.PriorityClass & troupe.v1.PriorityClass.$Shape} PriorityClass
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): troupe.v1.PriorityClass & troupe.v1.PriorityClass.$Shape;
        }

        namespace PriorityClass {

            /** Properties of a PriorityClass. */
            interface $Properties {

                /** PriorityClass apiVersion */
                apiVersion?: string;

                /** PriorityClass kind */
                kind?: string;

                /** PriorityClass metadata */
                metadata?: troupe.v1.ObjectMeta.$Properties;

                /** PriorityClass value */
                value?: number;

                /** PriorityClass globalDefault */
                globalDefault?: boolean;

                /** PriorityClass description */
                description?: string;

                /** PriorityClass preemptionPolicy */
                preemptionPolicy?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PriorityClass. */
            type $Shape = troupe.v1.PriorityClass.$Properties;
        }
    }
}
