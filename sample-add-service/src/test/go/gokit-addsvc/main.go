// Command gokit-addsvc is Go kit's addsvc HTTP and JSON-RPC transports, as Go kit v0.10.0 writes
// them in examples/addsvc (pkg/addservice/service.go, pkg/addendpoint/set.go,
// pkg/addtransport/http.go and jsonrpc.go), on Go kit's own transport packages. The copy leaves out
// what Debian's go-kit package cannot build (the circuit breaker, metrics, tracing and the example's
// gRPC and Thrift transports) and changes none of the wire code, so that the Java sample's tests
// speak with Go kit's codecs and Go's encoding/json, both ways.
//
//	gokit-addsvc serve ADDR   serves POST /sum and /concat, and JSON-RPC on POST /rpc
//	gokit-addsvc call URL     calls the service at URL with Go kit's HTTP and JSON-RPC clients,
//	                          printing one line per call
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/ioutil"
	"net"
	"net/http"
	"net/url"
	"os"

	"github.com/go-kit/kit/endpoint"
	httptransport "github.com/go-kit/kit/transport/http"
	"github.com/go-kit/kit/transport/http/jsonrpc"
)

// --- pkg/addservice/service.go

var (
	ErrTwoZeroes       = errors.New("can't sum two zeroes")
	ErrIntOverflow     = errors.New("integer overflow")
	ErrMaxSizeExceeded = errors.New("result exceeds maximum size")
)

const (
	intMax = 1<<31 - 1
	intMin = -(intMax + 1)
	maxLen = 10
)

type basicService struct{}

func (s basicService) Sum(_ context.Context, a, b int) (int, error) {
	if a == 0 && b == 0 {
		return 0, ErrTwoZeroes
	}
	if (b > 0 && a > (intMax-b)) || (b < 0 && a < (intMin-b)) {
		return 0, ErrIntOverflow
	}
	return a + b, nil
}

func (s basicService) Concat(_ context.Context, a, b string) (string, error) {
	if len(a)+len(b) > maxLen {
		return "", ErrMaxSizeExceeded
	}
	return a + b, nil
}

// --- pkg/addendpoint/set.go

type SumRequest struct {
	A, B int
}

type SumResponse struct {
	V   int   `json:"v"`
	Err error `json:"-"`
}

func (r SumResponse) Failed() error { return r.Err }

type ConcatRequest struct {
	A, B string
}

type ConcatResponse struct {
	V   string `json:"v"`
	Err error  `json:"-"`
}

func (r ConcatResponse) Failed() error { return r.Err }

func MakeSumEndpoint(s basicService) endpoint.Endpoint {
	return func(ctx context.Context, request interface{}) (interface{}, error) {
		req := request.(SumRequest)
		v, err := s.Sum(ctx, req.A, req.B)
		return SumResponse{V: v, Err: err}, nil
	}
}

func MakeConcatEndpoint(s basicService) endpoint.Endpoint {
	return func(ctx context.Context, request interface{}) (interface{}, error) {
		req := request.(ConcatRequest)
		v, err := s.Concat(ctx, req.A, req.B)
		return ConcatResponse{V: v, Err: err}, nil
	}
}

// --- pkg/addtransport/http.go

func errorEncoder(_ context.Context, err error, w http.ResponseWriter) {
	w.WriteHeader(err2code(err))
	json.NewEncoder(w).Encode(errorWrapper{Error: err.Error()})
}

func err2code(err error) int {
	switch err {
	case ErrTwoZeroes, ErrMaxSizeExceeded, ErrIntOverflow:
		return http.StatusBadRequest
	}
	return http.StatusInternalServerError
}

type errorWrapper struct {
	Error string `json:"error"`
}

func decodeHTTPSumRequest(_ context.Context, r *http.Request) (interface{}, error) {
	var req SumRequest
	err := json.NewDecoder(r.Body).Decode(&req)
	return req, err
}

func decodeHTTPConcatRequest(_ context.Context, r *http.Request) (interface{}, error) {
	var req ConcatRequest
	err := json.NewDecoder(r.Body).Decode(&req)
	return req, err
}

func decodeHTTPSumResponse(_ context.Context, r *http.Response) (interface{}, error) {
	if r.StatusCode != http.StatusOK {
		return nil, errors.New(r.Status)
	}
	var resp SumResponse
	err := json.NewDecoder(r.Body).Decode(&resp)
	return resp, err
}

func decodeHTTPConcatResponse(_ context.Context, r *http.Response) (interface{}, error) {
	if r.StatusCode != http.StatusOK {
		return nil, errors.New(r.Status)
	}
	var resp ConcatResponse
	err := json.NewDecoder(r.Body).Decode(&resp)
	return resp, err
}

func encodeHTTPGenericRequest(_ context.Context, r *http.Request, request interface{}) error {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(request); err != nil {
		return err
	}
	r.Body = ioutil.NopCloser(&buf)
	return nil
}

func encodeHTTPGenericResponse(ctx context.Context, w http.ResponseWriter, response interface{}) error {
	if f, ok := response.(endpoint.Failer); ok && f.Failed() != nil {
		errorEncoder(ctx, f.Failed(), w)
		return nil
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	return json.NewEncoder(w).Encode(response)
}

// --- pkg/addtransport/jsonrpc.go

func makeEndpointCodecMap(sum, concat endpoint.Endpoint) jsonrpc.EndpointCodecMap {
	return jsonrpc.EndpointCodecMap{
		"sum":    jsonrpc.EndpointCodec{Endpoint: sum, Decode: decodeSumRequest, Encode: encodeSumResponse},
		"concat": jsonrpc.EndpointCodec{Endpoint: concat, Decode: decodeConcatRequest, Encode: encodeConcatResponse},
	}
}

func decodeSumRequest(_ context.Context, msg json.RawMessage) (interface{}, error) {
	var req SumRequest
	if err := json.Unmarshal(msg, &req); err != nil {
		return nil, &jsonrpc.Error{Code: -32000, Message: fmt.Sprintf("couldn't unmarshal body to sum request: %s", err)}
	}
	return req, nil
}

func encodeSumResponse(_ context.Context, obj interface{}) (json.RawMessage, error) {
	return json.Marshal(obj.(SumResponse))
}

func decodeSumResponse(_ context.Context, res jsonrpc.Response) (interface{}, error) {
	if res.Error != nil {
		return nil, *res.Error
	}
	var sumres SumResponse
	err := json.Unmarshal(res.Result, &sumres)
	return sumres, err
}

func encodeSumRequest(_ context.Context, obj interface{}) (json.RawMessage, error) {
	return json.Marshal(obj.(SumRequest))
}

func decodeConcatRequest(_ context.Context, msg json.RawMessage) (interface{}, error) {
	var req ConcatRequest
	if err := json.Unmarshal(msg, &req); err != nil {
		return nil, &jsonrpc.Error{Code: -32000, Message: fmt.Sprintf("couldn't unmarshal body to concat request: %s", err)}
	}
	return req, nil
}

func encodeConcatResponse(_ context.Context, obj interface{}) (json.RawMessage, error) {
	return json.Marshal(obj.(ConcatResponse))
}

func decodeConcatResponse(_ context.Context, res jsonrpc.Response) (interface{}, error) {
	if res.Error != nil {
		return nil, *res.Error
	}
	var concatres ConcatResponse
	err := json.Unmarshal(res.Result, &concatres)
	return concatres, err
}

func encodeConcatRequest(_ context.Context, obj interface{}) (json.RawMessage, error) {
	return json.Marshal(obj.(ConcatRequest))
}

// --- this command's own: both transports on one listener, and a client run

func serve(addr string) error {
	svc := basicService{}
	sum, concat := MakeSumEndpoint(svc), MakeConcatEndpoint(svc)
	options := []httptransport.ServerOption{httptransport.ServerErrorEncoder(errorEncoder)}
	m := http.NewServeMux()
	m.Handle("/sum", httptransport.NewServer(sum, decodeHTTPSumRequest, encodeHTTPGenericResponse, options...))
	m.Handle("/concat", httptransport.NewServer(concat, decodeHTTPConcatRequest, encodeHTTPGenericResponse, options...))
	m.Handle("/rpc", jsonrpc.NewServer(makeEndpointCodecMap(sum, concat)))
	listener, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	// The test reads the port from this line.
	fmt.Printf("listening on %s\n", listener.Addr())
	return http.Serve(listener, m)
}

func call(base string) error {
	u, err := url.Parse(base)
	if err != nil {
		return err
	}
	at := func(path string) *url.URL { next := *u; next.Path = path; return &next }
	httpSum := httptransport.NewClient("POST", at("/sum"), encodeHTTPGenericRequest, decodeHTTPSumResponse).Endpoint()
	httpConcat := httptransport.NewClient("POST", at("/concat"), encodeHTTPGenericRequest, decodeHTTPConcatResponse).Endpoint()
	rpcSum := jsonrpc.NewClient(at("/rpc"), "sum",
		jsonrpc.ClientRequestEncoder(encodeSumRequest), jsonrpc.ClientResponseDecoder(decodeSumResponse)).Endpoint()
	rpcConcat := jsonrpc.NewClient(at("/rpc"), "concat",
		jsonrpc.ClientRequestEncoder(encodeConcatRequest), jsonrpc.ClientResponseDecoder(decodeConcatResponse)).Endpoint()
	for _, transport := range []struct {
		name        string
		sum, concat endpoint.Endpoint
	}{{"http", httpSum, httpConcat}, {"jsonrpc", rpcSum, rpcConcat}} {
		for _, args := range [][2]int{{1, 2}, {0, 0}, {intMax, 1}} {
			res, err := transport.sum(context.Background(), SumRequest{A: args[0], B: args[1]})
			report(transport.name, fmt.Sprintf("sum %d %d", args[0], args[1]), res, err)
		}
		for _, args := range [][2]string{{"go", "kit"}, {"abcdef", "ghijk"}} {
			res, err := transport.concat(context.Background(), ConcatRequest{A: args[0], B: args[1]})
			report(transport.name, fmt.Sprintf("concat %q %q", args[0], args[1]), res, err)
		}
	}
	return nil
}

func report(transport, call string, res interface{}, err error) {
	switch {
	case err != nil:
		fmt.Printf("%s %s: error %s\n", transport, call, err)
	default:
		switch r := res.(type) {
		case SumResponse:
			fmt.Printf("%s %s = %d\n", transport, call, r.V)
		case ConcatResponse:
			fmt.Printf("%s %s = %q\n", transport, call, r.V)
		}
	}
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: gokit-addsvc serve ADDR | call URL")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "serve":
		err = serve(os.Args[2])
	case "call":
		err = call(os.Args[2])
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gokit-addsvc:", err)
		os.Exit(1)
	}
}
